import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ensureNowPlayingStarted, getNowPlayingSnapshot, stopNowPlaying } from './runtime';

// The process-wide runtime against a local HTTP server answering in status-json.xsl's shape.
const saved = { ...process.env };
let dir: string;
let server: Server;
let requests = 0;
const title = 'Elbow - Mirrorball';

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'now-playing-runtime-'));
  requests = 0;
  server = createServer((_request, response) => {
    requests++;
    response.setHeader('content-type', 'application/json');
    response.end(
      JSON.stringify({ icestats: { source: { listenurl: 'http://127.0.0.1:8000/live', title } } }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  Object.assign(process.env, {
    DATA_DIR: dir,
    ICECAST_STATUS_URL: `http://127.0.0.1:${port}/status-json.xsl`,
    ICECAST_MOUNT: '/live',
  });
  delete process.env.AZURACAST_NOWPLAYING_URL;
});

afterEach(async () => {
  stopNowPlaying();
  process.env = { ...saved };
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('ensureNowPlayingStarted', () => {
  it('polls the configured Icecast server into the store, once per process', async () => {
    ensureNowPlayingStarted();
    ensureNowPlayingStarted();
    await vi.waitFor(() => expect(getNowPlayingSnapshot().current).not.toBeNull(), {
      timeout: 3000,
    });
    expect(getNowPlayingSnapshot()).toMatchObject({
      current: { artist: 'Elbow', title: 'Mirrorball', source: 'icecast' },
      history: [{ title: 'Mirrorball' }],
    });
    // Two calls, one poller: one request so far (the next comes after the 2 s interval).
    expect(requests).toBe(1);
  });

  it('survives a restart with the same data directory', async () => {
    ensureNowPlayingStarted();
    await vi.waitFor(() => expect(getNowPlayingSnapshot().current).not.toBeNull(), {
      timeout: 3000,
    });
    stopNowPlaying();
    delete process.env.ICECAST_STATUS_URL;
    ensureNowPlayingStarted();
    expect(getNowPlayingSnapshot().current).toMatchObject({ title: 'Mirrorball' });
  });

  it('starts no pollers while `next build` runs', async () => {
    process.env.NEXT_PHASE = 'phase-production-build';
    ensureNowPlayingStarted();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requests).toBe(0);
    expect(getNowPlayingSnapshot()).toEqual({ current: null, history: [] });
  });
});
