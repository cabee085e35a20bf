import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectRedis, type RedisLink } from '@/lib/redis/connection';
import { NO_TRUSTED_PROXIES, PEER_ADDRESS_HEADER } from '@/lib/http/client-address';
import { createRateLimiter } from '@/lib/http/rate-limit';
import { StoreUnavailableError } from '@/lib/storage/store-unavailable';
import { handleIngest } from './ingest';
import { startRedisServer, type TestRedis } from '@/servers/redis';
import { createNowPlayingService, type NowPlayingService } from './service';
import { openSharedPlayStore, PLAY_KEYS } from './shared-store';
import { isUntitled, UNTITLED } from './untitled';

// A real server restarted and reconnected to, on a machine that may be busy with other steps.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

// Two instances of the site, as two services with their own connections, on one real Redis.
let redis: TestRedis;
let links: RedisLink[] = [];
let instances: NowPlayingService[] = [];
const logs: string[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis.stop();
});

async function instance(
  id: string,
  options: { keepPlays?: number; pushPrecedenceMs?: number } = {},
) {
  const link = connectRedis(redis.url, { log: (line) => logs.push(`${id} ${line}`) });
  links.push(link);
  const onChange = vi.fn();
  const service = createNowPlayingService({
    store: openSharedPlayStore({ link, instanceId: id, ...options }),
    onChange,
  });
  instances.push(service);
  await service.ready();
  const frames: string[] = [];
  service.bus.subscribe((frame) => {
    const text = new TextDecoder().decode(frame);
    if (!text.startsWith(':')) frames.push(text);
  });
  return { service, frames, onChange, link };
}

const ids = (frames: readonly string[]) => frames.map((frame) => /^id: (.+)$/m.exec(frame)?.[1]);

beforeEach(async () => {
  await redis.restart(); // each test starts from what the last one left, over fresh connections
  const cleaner = connectRedis(redis.url, { log: () => {} });
  await cleaner.whenUp(10_000);
  await cleaner.commands.flushall();
  cleaner.close();
  logs.length = 0;
});
afterEach(() => {
  instances.forEach((service) => service.close());
  links.forEach((link) => link.close());
  instances = [];
  links = [];
});

describe('now playing shared through Redis', () => {
  it('sends a change accepted by one instance to the listeners of every instance', async () => {
    const a = await instance('a');
    const b = await instance('b');
    const { play, outcome } = await a.service.record(
      { artist: 'Doves', title: 'Pounding' },
      'push',
    );
    expect(outcome).toBe('new');
    expect(play).toMatchObject({ id: 1, artist: 'Doves', title: 'Pounding', source: 'push' });
    await vi.waitFor(() => expect(b.frames).toHaveLength(1));
    expect(a.frames).toEqual(b.frames);
    expect(b.frames[0]).toBe(`event: now-playing\nid: 1\ndata: ${JSON.stringify(play)}\n\n`);
    expect(b.service.snapshot()).toEqual(a.service.snapshot());
    expect(b.onChange).toHaveBeenCalledWith(play);
    expect(a.onChange).toHaveBeenCalledWith(play);
  });

  it('answers what a show played, between two instants, from every instance', async () => {
    const a = await instance('a');
    const b = await instance('b');
    const at = (time: string) => `2026-11-30T${time}:00.000Z`;
    await a.service.record({ artist: 'Before', title: 'Show', startedAt: at('22:58') }, 'push');
    await a.service.record(
      { artist: 'Atlantic Starr', title: 'Secret Lovers', startedAt: at('23:00') },
      'push',
    );
    await a.service.markOffAir('push');
    await a.service.record(
      { artist: 'Sade', title: 'Kiss of Life', startedAt: at('23:40') },
      'push',
    );
    await a.service.record({ artist: 'After', title: 'Show', startedAt: at('01:00') }, 'push');
    const from = new Date(at('23:00'));
    const to = new Date(at('23:59'));
    await vi.waitFor(() => expect(b.service.playsBetween(from, to)).toHaveLength(2));
    // Oldest first, the off-air gap left out, the end excluded: as the SQLite store answers.
    expect(b.service.playsBetween(from, to).map((play) => play.title)).toEqual([
      'Secret Lovers',
      'Kiss of Life',
    ]);
    expect(a.service.playsBetween(from, to, 1).map((play) => play.title)).toEqual([
      'Secret Lovers',
    ]);
    expect(a.service.playsBetween(from, new Date(at('23:00')))).toEqual([]);
  });

  it('counts the same track from two instances as one play, and fills in its artwork once', async () => {
    const a = await instance('a');
    const b = await instance('b');
    const [first, second] = await Promise.all([
      a.service.record({ artist: 'Elbow', title: 'Mirrorball' }, 'push'),
      b.service.record({ artist: ' ELBOW', title: 'mirrorball ' }, 'push'),
    ]);
    expect([first.outcome, second.outcome].sort()).toEqual(['new', 'unchanged']);
    const art = { artist: 'Elbow', title: 'Mirrorball', artwork: 'https://art.example/m.jpg' };
    expect((await b.service.record(art, 'push')).outcome).toBe('updated');
    expect((await a.service.record(art, 'push')).outcome).toBe('unchanged');
    await vi.waitFor(() => expect(ids(a.frames)).toEqual(['1', '1.1']));
    expect(ids(b.frames)).toEqual(['1', '1.1']);
    expect(a.service.current()).toMatchObject({ id: 1, revision: 1, artwork: art.artwork });
  });

  it('keeps off air as a state, and replays what a reconnecting client missed', async () => {
    const a = await instance('a');
    const b = await instance('b');
    await a.service.record({ artist: 'A', title: 'One' }, 'push');
    expect((await b.service.markOffAir('push')).outcome).toBe('new');
    expect((await a.service.markOffAir('push')).outcome).toBe('unchanged');
    await a.service.record({ artist: 'A', title: 'One' }, 'push');
    await vi.waitFor(() => expect(b.service.current()?.id).toBe(3));
    expect(b.service.snapshot().history.map((play) => play.offAir ?? false)).toEqual([
      false,
      true,
      false,
    ]);
    const replay = b.service.framesSince('1').map((frame) => new TextDecoder().decode(frame));
    expect(ids(replay)).toEqual(['2', '3']);
    expect(b.service.framesSince('3')).toEqual([]);
  });

  it('keeps a bounded history, never reusing ids', async () => {
    const a = await instance('a', { keepPlays: 3 });
    for (let i = 1; i <= 5; i++) await a.service.record({ artist: 'X', title: `T${i}` }, 'push');
    expect(await a.link.commands.llen(PLAY_KEYS.plays)).toBe(3);
    expect(a.service.snapshot(10).history.map((play) => play.id)).toEqual([5, 4, 3]);
  });

  it('lets a poller record only while this instance holds the poller lease', async () => {
    const a = await instance('a');
    await expect(a.service.record({ artist: 'A', title: 'B' }, 'icecast')).rejects.toThrow(/lease/);
    await a.link.commands.set(PLAY_KEYS.lease, 'a', 'PX', 5_000);
    expect((await a.service.record({ artist: 'A', title: 'B' }, 'icecast')).outcome).toBe('new');
  });

  it('holds a poller off after a push to any instance', async () => {
    const a = await instance('a');
    const b = await instance('b');
    await b.link.commands.set(PLAY_KEYS.lease, 'b', 'PX', 5_000);
    await a.service.record({ artist: 'Doves', title: 'Pounding' }, 'push');
    const polled = await b.service.record({ artist: 'Doves', title: 'Pounding (Edit)' }, 'icecast');
    expect(polled).toMatchObject({ outcome: 'unchanged', play: { title: 'Pounding' } });
  });

  it('takes a source back on air without a title as on air, as the SQLite store does', async () => {
    const a = await instance('a');
    const b = await instance('b');
    await a.link.commands.set(PLAY_KEYS.lease, 'a', 'PX', 5_000);
    await b.service.record({ artist: 'Doves', title: 'Pounding' }, 'push');
    // A track on air stays while the source names none, push or no push.
    expect(await a.service.record(UNTITLED, 'icecast')).toMatchObject({
      outcome: 'unchanged',
      play: { title: 'Pounding' },
    });
    await a.service.markOffAir('icecast');
    const back = await a.service.record(UNTITLED, 'icecast');
    expect(back).toMatchObject({ outcome: 'new', play: { id: 3, artist: '', title: '' } });
    expect(isUntitled(back.play)).toBe(true);
    expect((await a.service.record(UNTITLED, 'icecast')).outcome).toBe('unchanged');
    await vi.waitFor(() => expect(b.service.current()?.id).toBe(3));
    expect(isUntitled(b.service.current()!)).toBe(true);
    // Not a track: a show's playlist leaves it out.
    const all = b.service.playsBetween(new Date(0), new Date(Date.now() + 60_000));
    expect(all.map((play) => play.title)).toEqual(['Pounding']);
  });

  it('serves the last state while Redis is down, refuses writes, and catches listeners up after', async () => {
    const a = await instance('a');
    const b = await instance('b');
    await a.service.record({ artist: 'A', title: 'Before' }, 'push');
    await vi.waitFor(() => expect(b.frames).toHaveLength(1));

    await redis.halt();
    await vi.waitFor(() => expect(a.link.isUp()).toBe(false));
    expect(b.service.current()).toMatchObject({ title: 'Before' });
    await expect(a.service.record({ artist: 'A', title: 'Lost?' }, 'push')).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    const ingest = await handleIngest(
      new Request('http://localhost/api/now-playing', {
        method: 'POST',
        headers: {
          authorization: 'Bearer token',
          'content-type': 'application/json',
          [PEER_ADDRESS_HEADER]: '192.0.2.1',
        },
        body: JSON.stringify({ artist: 'A', title: 'Lost?' }),
      }),
      {
        token: 'token',
        limiter: createRateLimiter(),
        trustedProxies: NO_TRUSTED_PROXIES,
        record: (track) => a.service.record(track, 'push'),
        markOffAir: () => a.service.markOffAir('push'),
        current: () => a.service.current(),
      },
    );
    expect(ingest.status).toBe(503);
    expect(ingest.headers.get('retry-after')).toBe('5');
    expect(await ingest.json()).toEqual({
      error: 'The station store is unavailable: try again shortly',
    });

    await redis.start();
    await vi.waitFor(() => expect(a.link.isUp() && b.link.isUp()).toBe(true), { timeout: 10_000 });
    await a.service.record({ artist: 'A', title: 'After' }, 'push');
    await vi.waitFor(() => expect(b.frames).toHaveLength(2));
    expect(b.service.snapshot().history.map((play) => play.title)).toEqual(['After', 'Before']);
    // Each change of state is logged once per instance, not per request.
    expect(logs.filter((line) => line.startsWith('a ') && /cannot reach/.test(line))).toHaveLength(
      1,
    );
    expect(logs.filter((line) => line.startsWith('a ') && /\] back:/.test(line))).toHaveLength(1);
  });

  it('sends listeners a change their subscriber missed, once it is connected again', async () => {
    const a = await instance('a');
    const b = await instance('b');
    // Drop every subscriber connection: the next change is announced to nobody.
    await a.link.commands.call('CLIENT', 'KILL', 'TYPE', 'pubsub');
    await a.service.record({ artist: 'A', title: 'Unheard' }, 'push');
    await vi.waitFor(() => expect(ids(b.frames)).toEqual(['1']), { timeout: 10_000 });
    await vi.waitFor(() => expect(ids(a.frames)).toEqual(['1']), { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(ids(b.frames)).toEqual(['1']); // and only once
  });

  it('starts while Redis is away: answers with nothing played, once it has waited, then catches up', async () => {
    const a = await instance('a');
    await a.service.record({ artist: 'A', title: 'Stored' }, 'push');
    await redis.halt();
    const link = connectRedis(redis.url, { log: () => {} });
    links.push(link);
    const late = createNowPlayingService({
      store: openSharedPlayStore({ link, instanceId: 'late' }),
    });
    instances.push(late);
    const started = Date.now();
    await late.ready();
    await late.ready(); // waited for once, not per request
    expect(Date.now() - started).toBeLessThan(5_000); // its 3 s wait, not a hang
    expect(late.snapshot()).toEqual({ current: null, history: [] });
    await expect(late.record({ artist: 'A', title: 'B' }, 'push')).rejects.toThrow(
      StoreUnavailableError,
    );
    await redis.start();
    await vi.waitFor(() => expect(late.current()).toMatchObject({ title: 'Stored' }), {
      timeout: 10_000,
    });
    // About 3 s of waiting by design, then a restart and a catch-up: room for a busy machine.
  }, 20_000);

  it('puts the history back into a Redis that lost it, and ids go on', async () => {
    const a = await instance('a');
    await a.service.record({ artist: 'A', title: 'One' }, 'push');
    await a.service.record({ artist: 'A', title: 'Two' }, 'push');
    // As after a restart without persistence: the next connection reloads, and finds nothing.
    await a.link.commands.flushall();
    await redis.restart();
    await vi.waitFor(async () => expect(await a.link.commands.llen(PLAY_KEYS.plays)).toBe(2), {
      timeout: 10_000,
    });
    const next = await a.service.record({ artist: 'A', title: 'Three' }, 'push');
    expect(next.play.id).toBe(3);
  });

  it('notices a Redis emptied without a disconnect on the next write: history back, ids go on', async () => {
    const a = await instance('a');
    const b = await instance('b');
    for (const title of ['One', 'Two', 'Three']) {
      await a.service.record({ artist: 'A', title }, 'push');
    }
    await vi.waitFor(() => expect(b.service.current()).toMatchObject({ id: 3 }));
    // FLUSHALL, an eviction or a failover to an empty replica: the connections stay up.
    await a.link.commands.flushall();
    const next = await b.service.record({ artist: 'A', title: 'Four' }, 'push');
    expect(next.play.id).toBe(4);
    const stored = await a.link.commands.lrange(PLAY_KEYS.plays, 0, -1);
    expect(stored.map((json) => (JSON.parse(json) as { id: number }).id)).toEqual([4, 3, 2, 1]);
    await vi.waitFor(() => expect(a.service.current()).toMatchObject({ id: 4, title: 'Four' }));
    expect(ids(a.frames)).toEqual(['1', '2', '3', '4']);
  });

  it('answers a new client, on any instance, with what another recorded while it was away', async () => {
    const a = await instance('a');
    await a.service.record({ artist: 'A', title: 'One' }, 'push');
    await a.service.record({ artist: 'A', title: 'Two' }, 'push');
    const late = await instance('late');
    expect(late.service.current()).toMatchObject({ id: 2, title: 'Two' });
    expect(late.frames).toEqual([]); // nothing replayed to nobody: the first load is quiet
    expect(late.onChange).toHaveBeenCalledTimes(1); // but its cached pages are out of date
  });
});

describe('what stays on one instance', () => {
  it('keeps frames published on its own bus (the stream’s burst, heartbeats) to itself', async () => {
    const a = await instance('a');
    const b = await instance('b');
    a.service.bus.publish(new TextEncoder().encode('event: stream\ndata: {}\n\n'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(a.frames).toHaveLength(1);
    expect(b.frames).toEqual([]);
  });
});
