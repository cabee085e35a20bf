import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startLiveServer } from './live-server';
import { getListenerRegistry, getNowPlayingService, stopNowPlaying } from '@/lib/server/runtime';

// The plain Node endpoint beside Next, on the process-wide runtime with a temporary DATA_DIR.
const saved = { ...process.env };
let dir: string;
let server: http.Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'live-server-'));
  Object.assign(process.env, { DATA_DIR: dir });
  delete process.env.ICECAST_STATUS_URL;
  delete process.env.AZURACAST_NOWPLAYING_URL;
  delete process.env.STREAM_URL;
  vi.spyOn(console, 'log').mockImplementation(() => {});
  server = startLiveServer({ port: 0, host: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  stopNowPlaying();
  await new Promise((resolve) => server.close(resolve));
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

/** Opens a stream and collects what arrives. */
function listen(headers: Record<string, string> = {}, query = '') {
  return new Promise<{ status: number; text: () => string; close: () => void }>((resolve) => {
    let text = '';
    const request = http.get(
      `${base}/api/now-playing/events${query}`,
      { headers: { accept: 'text/event-stream', ...headers } },
      (response) => {
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        resolve({ status: response.statusCode!, text: () => text, close: () => request.destroy() });
      },
    );
  });
}

describe('the live channel beside Next', () => {
  it('sends the current state, then each change, and releases its slot when the client goes', async () => {
    getNowPlayingService().record({ artist: 'Doves', title: 'Pounding' }, 'push');
    const stream = await listen();
    expect(stream.status).toBe(200);
    await vi.waitFor(() =>
      expect(stream.text()).toMatch(/^retry: 2000\n\nevent: now-playing\nid: 1\n/),
    );
    expect(stream.text()).toContain('event: alert\ndata: {"alerts":[]}');
    expect(getListenerRegistry().count()).toBe(1);

    getNowPlayingService().record({ artist: 'Elbow', title: 'Lippy Kids' }, 'push');
    await vi.waitFor(() =>
      expect(stream.text()).toContain('id: 2\ndata: {"id":2,"artist":"Elbow"'),
    );
    stream.close();
    await vi.waitFor(() => expect(getListenerRegistry().count()).toBe(0));
    expect(getNowPlayingService().bus.subscriberCount()).toBe(0);
  });

  it('replays what a reconnecting client missed', async () => {
    const stream = await listen({ 'last-event-id': '1' });
    await vi.waitFor(() => expect(stream.text()).toContain('id: 2'));
    expect(stream.text()).not.toContain('id: 1\n');
    stream.close();
  });

  it('replays from ?lastEventId= for a page opening a new channel, the header winning over it', async () => {
    const reopened = await listen({}, '?lastEventId=1');
    await vi.waitFor(() => expect(reopened.text()).toContain('id: 2'));
    expect(reopened.text()).not.toContain('id: 1\n');
    reopened.close();
    const both = await listen({ 'last-event-id': '2' }, '?lastEventId=1');
    await vi.waitFor(() => expect(both.text()).toContain('event: alert'));
    expect(both.text()).not.toContain('id: 2\n');
    both.close();
  });

  it('answers anything else with a 4xx JSON error', async () => {
    const other = await fetch(`${base}/api/now-playing`);
    expect(other.status).toBe(404);
    expect(await other.json()).toEqual({ error: 'Not found' });
    const post = await fetch(`${base}/api/now-playing/events`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect((await fetch(`${base}/api/now-playing/events`)).status).toBe(406);
  });
});
