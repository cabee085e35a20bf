import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  NO_TRUSTED_PROXIES,
  parseTrustedProxies,
  PEER_ADDRESS_HEADER,
} from '@/lib/http/client-address';
import { azuraCastWebhookBody } from './sources/fixtures/azuracast-webhook';
import { handleIngest, MAX_INGEST_BYTES, type IngestDeps } from './ingest';
import { createRateLimiter } from '@/lib/http/rate-limit';
import { createNowPlayingService, type NowPlayingService } from './service';
import { openNowPlayingStore, type LocalPlayStore } from './store';

const TOKEN = 'test-token-0123456789';
let dir: string;
let service: NowPlayingService<LocalPlayStore>;
let deps: IngestDeps;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'now-playing-ingest-'));
  service = createNowPlayingService({ store: openNowPlayingStore({ dir }) });
  deps = {
    token: TOKEN,
    limiter: createRateLimiter({ capacity: 1000 }),
    trustedProxies: NO_TRUSTED_PROXIES,
    record: (track) => service.record(track, 'push'),
    markOffAir: () => service.markOffAir('push'),
    current: () => service.current(),
  };
});

afterEach(() => {
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

function post(body: BodyInit | null, headers: Record<string, string> = {}): Request {
  return new Request('http://localhost/api/now-playing', {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...headers },
    body,
    // Node needs this for a streamed request body.
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
}

const json = (value: unknown) => JSON.stringify(value);
const track = { artist: 'Elbow', title: 'One Day Like This' };

describe('POST /api/now-playing (handleIngest)', () => {
  it('stores the track and answers 200 with it', async () => {
    const response = await handleIngest(post(json({ ...track, duration: 392 })), deps);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({
      changed: true,
      nowPlaying: { id: 1, ...track, duration: 392, source: 'push' },
    });
    expect(service.current()).toMatchObject(track);
  });

  it('answers changed: false for the current track again', async () => {
    await handleIngest(post(json(track)), deps);
    const again = await handleIngest(post(json(track)), deps);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ changed: false, nowPlaying: { id: 1 } });
  });

  it('accepts application/json with a charset', async () => {
    const response = await handleIngest(
      post(json(track), { 'content-type': 'Application/JSON; charset="UTF-8"' }),
      deps,
    );
    expect(response.status).toBe(200);
  });

  it('answers 202 for an AzuraCast post with nothing playing', async () => {
    const response = await handleIngest(post(json({ now_playing: null, is_online: true })), deps);
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ changed: false, nowPlaying: null });
  });

  it('is disabled (503) without a configured token, whatever the request', async () => {
    const response = await handleIngest(post(json(track)), { ...deps, token: undefined });
    expect(response.status).toBe(503);
    expect(service.current()).toBeNull();
  });

  it.each([
    ['missing', {}],
    ['wrong', { authorization: 'Bearer not-the-token' }],
    ['a prefix', { authorization: `Bearer ${TOKEN.slice(0, -1)}` }],
    ['Basic without a user name and password', { authorization: `Basic ${TOKEN}` }],
    ['Basic with the wrong password', { authorization: `Basic ${btoa('azuracast:wrong')}` }],
    ['another scheme', { authorization: `Token ${TOKEN}` }],
  ])('refuses a %s token with 401', async (_name, headers) => {
    const request = post(json(track), { authorization: '', ...headers });
    const response = await handleIngest(request, deps);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer, Basic realm="station"');
  });

  it('accepts the token as the password of HTTP Basic, as AzuraCast’s web hook sends it', async () => {
    const request = post(json(track), { authorization: `Basic ${btoa(`azuracast:${TOKEN}`)}` });
    expect((await handleIngest(request, deps)).status).toBe(200);
  });

  it('takes AzuraCast’s own web hook: Basic auth, its whole document, 50 history items with lyrics', async () => {
    const body = json(azuraCastWebhookBody({ historyItems: 50, lyricsBytes: 3_000 }));
    expect(body.length).toBeGreaterThan(150_000);
    expect(body.length).toBeLessThan(MAX_INGEST_BYTES);
    const response = await handleIngest(
      post(body, { authorization: `Basic ${btoa(`azuracast:${TOKEN}`)}` }),
      deps,
    );
    expect(response.status).toBe(200);
    expect(service.current()).toMatchObject({ artist: 'Atlantic Starr', title: 'Secret Lovers' });
  });

  it('records the station going off air when AzuraCast says so, and shows it', async () => {
    await handleIngest(post(json(track)), deps);
    const response = await handleIngest(
      post(json(azuraCastWebhookBody({ isOnline: false }))),
      deps,
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ changed: true, nowPlaying: { offAir: true } });
    expect(service.current()).toMatchObject({ offAir: true });
  });

  it('checks the token before the content type and size', async () => {
    const response = await handleIngest(
      post('x'.repeat(MAX_INGEST_BYTES + 1), {
        authorization: 'Bearer nope',
        'content-type': 'text/plain',
      }),
      deps,
    );
    expect(response.status).toBe(401);
  });

  it.each([
    'text/plain',
    'application/x-www-form-urlencoded',
    'application/jsonx',
    'application/json; charset=latin1',
  ])('refuses Content-Type %s with 415', async (type) => {
    const response = await handleIngest(post(json(track), { 'content-type': type }), deps);
    expect(response.status).toBe(415);
  });

  it('refuses a missing Content-Type with 415', async () => {
    const request = post(json(track));
    request.headers.delete('content-type');
    expect((await handleIngest(request, deps)).status).toBe(415);
  });

  it('refuses bad JSON with 400', async () => {
    const response = await handleIngest(post('{"artist": "A", '), deps);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'Invalid JSON' });
  });

  it('refuses a body that is not UTF-8 with 400', async () => {
    const response = await handleIngest(post(new Uint8Array([0x7b, 0xff, 0x7d])), deps);
    expect(response.status).toBe(400);
  });

  it('names the failing field with 400', async () => {
    const response = await handleIngest(post(json({ artist: 'A', title: '' })), deps);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'Invalid body', field: 'title' });

    const artwork = await handleIngest(
      post(json({ ...track, artwork: 'javascript:alert(1)' })),
      deps,
    );
    expect(await artwork.json()).toMatchObject({ field: 'artwork' });
  });

  it('refuses a declared Content-Length over 16 KiB with 413 before reading', async () => {
    const request = post(json(track), { 'content-length': String(MAX_INGEST_BYTES + 1) });
    const response = await handleIngest(request, deps);
    expect(response.status).toBe(413);
    expect(request.bodyUsed).toBe(false);
  });

  it('refuses a streamed body that passes 16 KiB with 413, without reading it all', async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1024;
        controller.enqueue(new Uint8Array(1024).fill(0x20));
      },
    });
    const response = await handleIngest(post(endless), deps);
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(MAX_INGEST_BYTES * 2);
  });

  it('accepts a body of exactly 16 KiB', async () => {
    const body = json(track);
    const padded = body + ' '.repeat(MAX_INGEST_BYTES - body.length);
    expect((await handleIngest(post(padded), deps)).status).toBe(200);
  });

  it('answers 429 with Retry-After past the rate limit, per client', async () => {
    deps.limiter = createRateLimiter({ capacity: 3, perMinute: 30 });
    const from = (ip: string) => post(json(track), { [PEER_ADDRESS_HEADER]: ip });
    for (let i = 0; i < 3; i++)
      expect((await handleIngest(from('203.0.113.1'), deps)).status).toBe(200);
    const limited = await handleIngest(from('203.0.113.1'), deps);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await handleIngest(from('203.0.113.2'), deps)).status).toBe(200);
  });

  it('keys the limit on the socket, not on an X-Forwarded-For the client chose', async () => {
    deps.limiter = createRateLimiter({ capacity: 3, perMinute: 30 });
    // One host inventing a fresh X-Forwarded-For for every guess still runs out…
    const guess = (i: number) =>
      post(json(track), {
        authorization: 'Bearer guess',
        [PEER_ADDRESS_HEADER]: '198.51.100.66',
        'x-forwarded-for': `10.0.0.${i}`,
      });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await handleIngest(guess(i), deps)).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    // …and claiming the playout machine's address does not use up the playout machine's bucket.
    const playout = post(json(track), { [PEER_ADDRESS_HEADER]: '192.0.2.10' });
    expect((await handleIngest(playout, deps)).status).toBe(200);
  });

  it('behind a trusted proxy, keys the limit on the address that proxy saw', async () => {
    deps.limiter = createRateLimiter({ capacity: 1, perMinute: 1 });
    deps.trustedProxies = parseTrustedProxies('127.0.0.1');
    const via = (client: string, peer = '127.0.0.1') =>
      post(json(track), { [PEER_ADDRESS_HEADER]: peer, 'x-forwarded-for': client });
    expect((await handleIngest(via('203.0.113.1'), deps)).status).toBe(200);
    expect((await handleIngest(via('203.0.113.1'), deps)).status).toBe(429);
    expect((await handleIngest(via('203.0.113.2'), deps)).status).toBe(200);
    // The same header from an address that is not a trusted proxy is ignored: its own key.
    expect((await handleIngest(via('203.0.113.3', '198.51.100.9'), deps)).status).toBe(200);
    expect((await handleIngest(via('203.0.113.4', '198.51.100.9'), deps)).status).toBe(429);
  });

  it('counts unauthenticated requests against the limit too', async () => {
    deps.limiter = createRateLimiter({ capacity: 2 });
    const guess = () => post(json(track), { authorization: 'Bearer guess' });
    expect((await handleIngest(guess(), deps)).status).toBe(401);
    expect((await handleIngest(guess(), deps)).status).toBe(401);
    expect((await handleIngest(guess(), deps)).status).toBe(429);
  });
});

describe('handleIngest under arbitrary input', () => {
  const header = fc.string({ maxLength: 40 }).filter((value) => /^[\t\x20-\x7e]*$/.test(value));

  it('never answers 5xx except 503 when disabled', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json(),
          fc.string({ maxLength: 300 }),
          fc
            .record({
              artist: fc.anything(),
              title: fc.anything(),
              artwork: fc.anything(),
              duration: fc.anything(),
            })
            .map(json),
          fc.record({ now_playing: fc.anything(), is_online: fc.anything() }).map(json),
        ),
        fc.constantFrom(
          'application/json',
          'application/json; charset=utf-8',
          'text/plain',
          '',
          'application/json; charset=x',
        ),
        fc.oneof(fc.constant(`Bearer ${TOKEN}`), header),
        fc.option(header),
        async (body, contentType, authorization, forwardedFor) => {
          const headers: Record<string, string> = { authorization, 'content-type': contentType };
          if (forwardedFor !== null) headers['x-forwarded-for'] = forwardedFor;
          const response = await handleIngest(post(body, headers), deps);
          expect(response.status).toBeLessThan(500);
          expect([200, 202, 400, 401, 413, 415, 429]).toContain(response.status);
        },
      ),
      { numRuns: 300 },
    );
  });
});
