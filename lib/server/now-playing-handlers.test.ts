import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as getEvents } from '@/app/api/now-playing/events/route';
import { GET as getNowPlaying, POST } from '@/app/api/now-playing/route';
import { PEER_ADDRESS_HEADER } from '@/lib/http/client-address';
import { getNowPlayingService, stopNowPlaying } from './runtime';

// `connection()` needs Next's request scope; outside it there is nothing to wait for.
vi.mock('next/server', () => ({ connection: () => Promise.resolve() }));

// The routes as Next calls them, against the process-wide runtime on a temporary DATA_DIR.
const TOKEN = 'route-test-token';
const saved = { ...process.env };
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'now-playing-routes-'));
  Object.assign(process.env, { DATA_DIR: dir, NOW_PLAYING_TOKEN: TOKEN });
  delete process.env.ICECAST_STATUS_URL;
  delete process.env.AZURACAST_NOWPLAYING_URL;
});

afterAll(() => {
  stopNowPlaying();
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

let client = 0;
function ingest(body: unknown, headers: Record<string, string> = {}) {
  return POST(
    new Request('http://localhost/api/now-playing', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${TOKEN}`,
        'content-type': 'application/json',
        // A client of its own per request, so the process-wide rate limit stays out of the way.
        // (The front door stamps the socket's peer address; these calls have no front door.)
        [PEER_ADDRESS_HEADER]: `192.0.2.${++client}`,
        ...headers,
      },
      body: JSON.stringify(body),
    }),
  );
}

describe('now-playing routes', () => {
  it('GET answers null and an empty history before anything has played', async () => {
    const response = await getNowPlaying();
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ current: null, history: [] });
  });

  it('POST refuses without the token, and 503s when none is configured', async () => {
    expect(
      (await ingest({ artist: 'A', title: 'B' }, { authorization: 'Bearer nope' })).status,
    ).toBe(401);
    delete process.env.NOW_PLAYING_TOKEN;
    expect((await ingest({ artist: 'A', title: 'B' })).status).toBe(503);
    process.env.NOW_PLAYING_TOKEN = TOKEN;
  });

  it('POST stores a track that GET then lists, newest first', async () => {
    expect((await ingest({ artist: 'Doves', title: 'Pounding' })).status).toBe(200);
    expect((await ingest({ artist: 'Elbow', title: 'Lippy Kids', duration: 250 })).status).toBe(
      200,
    );
    const { current, history } = await (await getNowPlaying()).json();
    expect(current).toMatchObject({
      id: 2,
      artist: 'Elbow',
      title: 'Lippy Kids',
      duration: 250,
      source: 'push',
    });
    expect(current.startedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(history.map((play: { id: number }) => play.id)).toEqual([2, 1]);
  });

  it('POST rate-limits one client to 30 requests a minute', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const response = await ingest(
        { artist: 'Elbow', title: 'Lippy Kids' },
        { [PEER_ADDRESS_HEADER]: '198.51.100.9' },
      );
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
  });

  it('events: sends retry and the current track at once, then each change, and cleans up on abort', async () => {
    const abort = new AbortController();
    const response = await getEvents(
      new Request('http://localhost/api/now-playing/events', {
        signal: abort.signal,
        headers: { accept: 'text/event-stream' },
      }),
    );
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const bus = getNowPlayingService().bus;
    expect(bus.subscriberCount()).toBe(1);

    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    const first = decoder.decode((await reader.read()).value);
    expect(first).toMatch(
      /^retry: 2000\n\nevent: now-playing\nid: 2\ndata: \{.*"title":"Lippy Kids".*\}\n\nevent: alert\ndata: \{"alerts":\[\]\}\n\n$/,
    );

    await ingest({ artist: 'The Courteeners', title: 'Not Nineteen Forever' });
    const change = decoder.decode((await reader.read()).value);
    expect(change).toMatch(/^event: now-playing\nid: 3\ndata: /);
    const data = JSON.parse(change.split('data: ')[1]!);
    expect(data).toMatchObject({ id: 3, artist: 'The Courteeners', source: 'push' });

    abort.abort();
    expect(bus.subscriberCount()).toBe(0);
    expect((await reader.read()).done).toBe(true);
  });

  it('events: honours a reconnect with Last-Event-ID by sending what was missed, in order', async () => {
    const abort = new AbortController();
    const response = await getEvents(
      new Request('http://localhost/api/now-playing/events', {
        signal: abort.signal,
        headers: { 'last-event-id': '1', accept: 'text/event-stream' },
      }),
    );
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect([...first.matchAll(/^id: (\d+)$/gm)].map((match) => match[1])).toEqual(['2', '3']);
    await reader.cancel();
    abort.abort();
    expect(getNowPlayingService().bus.subscriberCount()).toBe(0);
  });
});
