import { readdirSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { NOW_PLAYING_TOKEN, ports } from './support/env';
import { expectRefusedOnceEmptied } from './support/rate-limit';
import { health, startSiteServer, type SiteServer } from './support/site-server';

/**
 * What an attack pass found, each against a real server of its own (so its listener
 * counts, its files and its log are this spec's alone): abandoned event streams, HEAD requests,
 * the image optimizer pointed at the event stream, junk URLs filling the disk, malformed URLs and
 * methods answered with 500s, and a rate limit keyed on a header the client chooses.
 */
test.describe.configure({ mode: 'serial' });

let site: SiteServer;
test.beforeAll(async () => {
  // Asked for a page from the moment the process starts: the first answer is a cached page.
  site = await startSiteServer(ports.site + 60, {}, { probe: '/shows/drivetime' });
});
test.afterAll(async () => {
  await site?.stop();
});

const EVENTS = '/api/now-playing/events';
const openStream = (headers: Record<string, string> = {}) => {
  const abort = new AbortController();
  const response = fetch(`${site.url}${EVENTS}`, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: abort.signal,
  });
  return { response, abort: () => abort.abort() };
};

test('listeners abandoned every way there is leave no subscriber behind', async () => {
  expect(await health(site.url)).toMatchObject({ eventStreams: 0, busSubscribers: 0 });

  // Real streams, then the clients go away.
  const streams = Array.from({ length: 10 }, () => openStream());
  for (const stream of streams) expect((await stream.response).status).toBe(200);
  expect(await health(site.url)).toMatchObject({ eventStreams: 10, busSubscribers: 10 });
  for (const stream of streams) stream.abort();

  // HEAD: what a GET would get, subscribing nothing.
  for (let i = 0; i < 50; i++) {
    const head = await fetch(`${site.url}${EVENTS}`, {
      method: 'HEAD',
      headers: { accept: 'text/event-stream' },
    });
    expect(head.status).toBe(200);
  }
  // Not an event-stream request: 406, and nothing subscribed.
  for (const accept of ['*/*', 'image/avif,image/webp,*/*', 'text/html']) {
    expect((await fetch(`${site.url}${EVENTS}`, { headers: { accept } })).status).toBe(406);
  }
  // The image optimizer asked to fetch the event stream (the leak that took live updates down).
  for (const [fragment, width] of [
    ['a1', 640],
    ['a2', 750],
    ['b', 1080],
  ] as const) {
    const target = encodeURIComponent(`${EVENTS}#${fragment}`);
    const image = await fetch(`${site.url}/_next/image?url=${target}&w=${width}&q=75`, {
      signal: AbortSignal.timeout(5_000),
    });
    expect(image.status).toBe(400);
  }

  await expect.poll(() => health(site.url)).toMatchObject({ eventStreams: 0, busSubscribers: 0 });
});

test('one address holds at most 32 streams; the next gets 429 and the rest of the world does not notice', async () => {
  const streams = Array.from({ length: 32 }, () => openStream());
  for (const stream of streams) expect((await stream.response).status).toBe(200);
  // A client-chosen X-Forwarded-For does not make a new client.
  const extra = await fetch(`${site.url}${EVENTS}`, {
    headers: { accept: 'text/event-stream', 'x-forwarded-for': '203.0.113.50' },
  });
  expect(extra.status).toBe(429);
  expect(extra.headers.get('retry-after')).toBe('30');
  for (const stream of streams) stream.abort();
  await expect.poll(() => health(site.url)).toMatchObject({ eventStreams: 0, busSubscribers: 0 });
});

test('the ingest rate limit counts the socket, not the X-Forwarded-For it claims', async () => {
  // A server of its own: the checks above asked /api/health with the token, which counts too.
  const own = await startSiteServer(ports.site + 63);
  const ingest = async (i: number) => {
    const response = await fetch(`${own.url}/api/now-playing`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer wrong-token',
        'content-type': 'application/json',
        // Each claims an address of its own: were that believed, no bucket would ever empty.
        'x-forwarded-for': `10.1.${i % 250}.7`,
      },
      body: '{}',
    });
    return response.status;
  };
  try {
    await expectRefusedOnceEmptied(ingest);
  } finally {
    await own.stop();
  }
});

test('X-Forwarded-For is believed from a trusted proxy’s address only', async () => {
  const own = await startSiteServer(ports.site + 65, { TRUSTED_PROXIES: '127.0.0.2' });
  const ingest = (localAddress: string, forwardedFor: string) =>
    new Promise<number>((resolve, reject) => {
      const request = httpRequest(
        `${own.url}/api/now-playing`,
        {
          method: 'POST',
          localAddress,
          headers: {
            authorization: 'Bearer wrong-token',
            'content-type': 'application/json',
            'x-forwarded-for': forwardedFor,
          },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on('error', reject);
      request.end('{}');
    });
  try {
    // From the proxy: each reader it names has an allowance of its own.
    const viaProxy = [];
    for (let i = 0; i < 35; i++) viaProxy.push(await ingest('127.0.0.2', `203.0.113.${i}`));
    expect(viaProxy.every((status) => status === 401)).toBe(true);
    // From anywhere else, the same header is ignored: one allowance, the socket's.
    await expectRefusedOnceEmptied((i) => ingest('127.0.0.1', `198.51.100.${i % 250}`));
  } finally {
    await own.stop();
  }
});

/** Files under the build directory: where Next.js keeps regenerated pages. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const entry = path.join(dir, name);
    return statSync(entry).isDirectory() ? filesUnder(entry) : [entry];
  });
}

test('junk addresses are a 404 that writes nothing to disk', async () => {
  const distDir = path.resolve(__dirname, '..', process.env.NEXT_DIST_DIR ?? '.next');
  // Regenerate the not-found page once, so what is counted next is only what junk adds.
  await fetch(`${site.url}/news/warm-up-${Date.now()}`);
  const before = new Set(filesUnder(distDir));
  const stamp = Date.now();
  const junk = Array.from({ length: 40 }, (_, i) => [
    `/news/junk-${i}-${stamp}`,
    `/news/junk-${i}/opengraph-image`,
    `/news/page/${100 + i}`,
    `/news/page/x${i}`,
    `/news/%ff${i}`,
    `/news/section/junk-${i}-${stamp}`,
    `/news/section/community/page/${50 + i}`,
    `/news/tag/junk-${i}-${stamp}/page/2`,
    `/news/tag/clock-change/x${i}`,
  ]).flat();
  for (const junkPath of junk) {
    const response = await fetch(`${site.url}${junkPath}`);
    expect(response.status, junkPath).toBe(404);
    await response.arrayBuffer();
  }
  // Other specs' servers share the build and may regenerate real pages meanwhile: only files
  // named after a junk address count.
  const added = filesUnder(distDir).filter((file) => !before.has(file));
  expect(
    added.filter((file) => /junk|page\/(1[0-3]\d|5\d|6\d|7\d|8\d)\b|\/x\d|%ff/.test(file)),
  ).toEqual([]);
  // Nor anything else in the route cache, unless another server regenerated a known page.
  expect(added.filter((file) => /not-found|_not-found/.test(file))).toEqual([]);
});

test('the very first response of a freshly started server carries the security headers', () => {
  const first = site.firstResponse;
  expect(first.status).toBe(200);
  expect(first.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(first.headers.get('strict-transport-security')).toBeTruthy();
  expect(first.headers.get('x-content-type-options')).toBe('nosniff');
});

test('other spellings of a page are sent to it, rendering and writing nothing', async () => {
  const distDir = path.resolve(__dirname, '..', process.env.NEXT_DIST_DIR ?? '.next');
  const before = new Set(filesUnder(distDir));
  for (const [variant, page] of [
    ['/shows/Drivetime', '/shows/drivetime'],
    ['/SHOWS/DRIVETIME.ICS', '/shows/drivetime.ics'],
    ['/news/tag/Clock-Change', '/news/tag/clock-change'],
    ['/News/How-To-Listen-Live/opengraph-image', '/news/how-to-listen-live/opengraph-image'],
    ['/news/section/COMMUNITY/page/1', '/news/section/community'],
    ['/news/how-to-listen-live/', '/news/how-to-listen-live'],
  ]) {
    const response = await fetch(`${site.url}${variant}`, { redirect: 'manual' });
    expect(response.status, variant).toBe(308);
    expect(response.headers.get('location'), variant).toBe(page);
    expect(response.headers.get('content-security-policy'), variant).toBeTruthy();
  }
  const added = filesUnder(distDir).filter((file) => !before.has(file));
  expect(
    added.filter((file) => /Drivetime|DRIVETIME|Clock-Change|How-To|COMMUNITY/.test(file)),
  ).toEqual([]);
});

/** Any method, even one fetch() refuses to send (TRACE): status and Allow header. */
function send(method: string, url: string) {
  return new Promise<{ status: number; allow: string | undefined }>((resolve, reject) => {
    const request = httpRequest(url, { method }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, allow: response.headers.allow });
    });
    request.on('error', reject);
    request.end();
  });
}

test('malformed addresses and unsupported methods get 4xx answers and no stack traces', async () => {
  const logBefore = site.output().length;
  for (const target of ['/news/%ff', '/news/%c0%af', '/news/%', '/news/page/%zz', '/%e2%82']) {
    const response = await fetch(`${site.url}${target}`);
    expect(response.status, target).toBe(404);
    expect(response.headers.get('content-security-policy')).toBeTruthy();
  }
  for (const [target, allow] of [
    ['/news', /GET.*HEAD|HEAD.*GET/],
    ['/api/on-air', /^GET, HEAD$/],
    ['/api/now-playing', /^GET, HEAD, POST$/],
    [EVENTS, /^GET, HEAD$/],
    ['/sitemap.xml', /^GET, HEAD$/],
    ['/news-sitemap.xml', /^GET, HEAD$/],
    ['/schedule.ics', /^GET, HEAD$/],
    ['/shows/drivetime.ics', /^GET, HEAD$/],
  ] as const) {
    for (const method of ['TRACE', 'PUT', 'DELETE']) {
      const { status, allow: allowed } = await send(method, `${site.url}${target}`);
      expect(status, `${method} ${target}`).toBe(405);
      expect(allowed, `${method} ${target}`).toMatch(allow);
    }
  }
  const log = site.output().slice(logBefore);
  expect(log).not.toMatch(/Error|⨯|at /);
});

test('an AzuraCast start time no date can hold is a 400 naming the field, not a 500', async () => {
  const logBefore = site.output().length;
  for (const playedAt of [1e308, -5, 9e15]) {
    const response = await fetch(`${site.url}/api/now-playing`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${NOW_PLAYING_TOKEN}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        is_online: true,
        now_playing: { played_at: playedAt, song: { artist: 'A', title: 'B' } },
      }),
    });
    expect(response.status, String(playedAt)).toBe(400);
    expect(await response.json()).toMatchObject({ field: 'now_playing.played_at' });
  }
  expect(site.output().slice(logBefore)).not.toMatch(/Error|⨯|at /);
});

test('guessing the token on /api/health meets the ingest’s rate limit', async () => {
  const own = await startSiteServer(ports.site + 62);
  try {
    const answers = [];
    for (let i = 0; i < 40; i++) {
      const response = await fetch(`${own.url}/api/health`, {
        headers: { authorization: `Bearer guess-${i}` },
      });
      answers.push(response.status);
      await response.arrayBuffer();
    }
    expect(answers.slice(0, 30).every((status) => status === 200)).toBe(true);
    expect(answers.slice(30)).toContain(429);
    // A load balancer's check sends no credentials and is never limited.
    expect((await fetch(`${own.url}/api/health`)).status).toBe(200);
  } finally {
    await own.stop();
  }
});

test('one address opens at most a burst of new streams, and a replay is bounded', async () => {
  const own = await startSiteServer(ports.site + 64);
  try {
    // One after another until refused: a burst of 120, refilled at one a second meanwhile.
    const started = Date.now();
    let admitted = 0;
    let refused: { status: number; body: unknown } | undefined;
    while (!refused && admitted < 300) {
      const control = new AbortController();
      const response = await fetch(`${own.url}${EVENTS}`, {
        headers: { accept: 'text/event-stream', 'last-event-id': '0' },
        signal: control.signal,
      });
      if (response.status === 200) admitted++;
      else refused = { status: response.status, body: await response.json() };
      control.abort();
    }
    const refilled = Math.ceil((Date.now() - started) / 1000) + 1;
    expect(refused?.status).toBe(429);
    expect(refused?.body).toMatchObject({ error: expect.stringContaining('new streams') });
    expect(admitted).toBeGreaterThanOrEqual(120);
    expect(admitted).toBeLessThanOrEqual(120 + refilled);
  } finally {
    await own.stop();
  }
});

test('an RSC answer without the _rsc cache-buster is kept by no shared cache', async () => {
  for (const target of ['/news/no-such-story', '/news/how-to-listen-live', '/']) {
    const response = await fetch(`${site.url}${target}`, {
      headers: { rsc: '1' },
      redirect: 'manual',
    });
    expect(response.headers.get('cache-control'), target).toBe('private, no-store');
    await response.arrayBuffer();
  }
  const page = await fetch(`${site.url}/news/how-to-listen-live`);
  expect(page.headers.get('cache-control')).toMatch(/s-maxage=\d+/);
});

test('a request Node cannot parse is answered with the security headers too', async () => {
  const raw = (text: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(site.url).port), '127.0.0.1', () => socket.write(text));
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk));
      socket.on('end', () => resolve(answer));
      socket.on('error', reject);
    });
  const huge = await raw(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
  expect(huge).toMatch(/^HTTP\/1\.1 431 /);
  expect(huge).toMatch(/content-security-policy: default-src 'self'/i);
  const garbled = await raw('GET / NOT-HTTP\r\n\r\n');
  expect(garbled).toMatch(/^HTTP\/1\.1 400 /);
  expect(garbled).toMatch(/x-content-type-options: nosniff/i);
});

test('what changes only with a deploy is kept by caches for an hour, not a year', async () => {
  for (const target of ['/feed.xml', '/api/schedule']) {
    const response = await fetch(`${site.url}${target}`);
    expect(response.status, target).toBe(200);
    const maxAge = Number(/s-maxage=(\d+)/.exec(response.headers.get('cache-control') ?? '')?.[1]);
    expect(maxAge, target).toBeGreaterThan(0);
    expect(maxAge, target).toBeLessThanOrEqual(3_600);
  }
});

test('an unknown story has no Open Graph image either', async () => {
  const response = await fetch(`${site.url}/news/no-such-story/opengraph-image`);
  expect(response.status).toBe(404);
  expect(response.headers.get('content-type')).not.toMatch(/^image\//);
});

test('shutting down ends open event streams and closes the play history cleanly', async () => {
  const own = await startSiteServer(ports.site + 61);
  try {
    const ingest = await fetch(`${own.url}/api/now-playing`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${NOW_PLAYING_TOKEN}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ artist: 'Shutdown', title: 'Test' }),
    });
    expect(ingest.status).toBe(200);
    const held = await fetch(`${own.url}${EVENTS}`, { headers: { accept: 'text/event-stream' } });
    expect(held.status).toBe(200);
    expect(readdirSync(own.dataDir)).toContain('now-playing.sqlite-wal');
  } finally {
    const tookMs = await own.stop();
    // Next.js waits for open connections before it exits: the streams must have been ended.
    expect(tookMs).toBeLessThan(5_000);
  }
  // SQLite removes the write-ahead log when the last connection closes properly.
  expect(readdirSync(own.dataDir)).not.toContain('now-playing.sqlite-wal');
});
