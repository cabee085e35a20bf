import { describe, expect, it, vi } from 'vitest';
import type { TrackInput } from '../track';
import { startIcecastPoller } from './icecast';
import { startPoller, type Timers } from './poller';

/** Timers we advance by hand: each scheduled callback waits until `fire()`. */
function manualTimers() {
  const pending: { callback: () => void; ms: number; id: number }[] = [];
  let nextId = 0;
  const timers: Timers = {
    setTimeout: (callback, ms) => {
      const id = ++nextId;
      pending.push({ callback, ms, id });
      return id;
    },
    clearTimeout: (id) => {
      const at = pending.findIndex((entry) => entry.id === id);
      if (at !== -1) pending.splice(at, 1);
    },
  };
  return {
    timers,
    delays: () => pending.map((entry) => entry.ms),
    fire: () => pending.shift()?.callback(),
  };
}

const icecastJson = (title: string) =>
  JSON.stringify({ icestats: { source: { listenurl: 'http://h/live', title } } });

const respond = (body: string, status = 200) => Promise.resolve(new Response(body, { status }));
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('startIcecastPoller', () => {
  it('polls at once, then every interval, reporting each track', async () => {
    const bodies = [
      icecastJson('A - One'),
      '{"icestats":{"source":{"title":-',
      icecastJson('B - Two'),
    ];
    const fetch = vi.fn(() => respond(bodies.shift() ?? icecastJson('B - Two')));
    const tracks: TrackInput[] = [];
    const clock = manualTimers();
    const poller = startIcecastPoller({
      statusUrl: 'http://127.0.0.1:8000/status-json.xsl',
      fetch,
      timers: clock.timers,
      intervalMs: 2000,
      log: () => {},
      onTrack: (track) => tracks.push(track),
    });
    await settle();
    expect(tracks).toEqual([{ artist: 'A', title: 'One' }]);
    expect(clock.delays()).toEqual([2000]);

    clock.fire(); // invalid JSON: nothing reported, last state kept, no backoff
    await settle();
    expect(tracks).toHaveLength(1);
    expect(clock.delays()).toEqual([2000]);

    clock.fire();
    await settle();
    expect(tracks.map((track) => track.title)).toEqual(['One', 'Two']);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(fetch.mock.calls[0]).toEqual([
      'http://127.0.0.1:8000/status-json.xsl',
      expect.objectContaining({ signal: expect.any(AbortSignal) }),
    ]);

    poller.stop();
    expect(clock.delays()).toEqual([]);
  });
});

describe('startPoller', () => {
  const base = {
    name: 'test',
    url: 'http://127.0.0.1:1/status',
    parse: () => ({ status: 'track' as const, track: { artist: 'A', title: 'B' } }),
  };

  it('backs off while the server fails, logs once, and logs recovery', async () => {
    const statuses = [500, 503, 502, 200];
    const fetch = vi.fn(() => respond('{}', statuses.shift() ?? 200));
    const log = vi.fn();
    const onTrack = vi.fn();
    const clock = manualTimers();
    const poller = startPoller({
      ...base,
      fetch,
      timers: clock.timers,
      intervalMs: 1000,
      log,
      onTrack,
    });
    await settle();
    expect(clock.delays()).toEqual([2000]);
    clock.fire();
    await settle();
    expect(clock.delays()).toEqual([4000]);
    clock.fire();
    await settle();
    expect(clock.delays()).toEqual([8000]);
    expect(log).toHaveBeenCalledTimes(3); // HTTP 500, 503, 502 are different problems
    clock.fire();
    await settle();
    expect(clock.delays()).toEqual([1000]);
    expect(onTrack).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenLastCalledWith('[now-playing] test: recovered');
    poller.stop();
  });

  it('caps the backoff', async () => {
    const clock = manualTimers();
    const poller = startPoller({
      ...base,
      fetch: () => Promise.reject(new TypeError('fetch failed')),
      timers: clock.timers,
      intervalMs: 1000,
      maxBackoffMs: 3000,
      log: () => {},
      onTrack: () => {},
    });
    for (let i = 0; i < 4; i++) {
      await settle();
      clock.fire();
    }
    await settle();
    expect(clock.delays()).toEqual([3000]);
    poller.stop();
  });

  it('gives up on a response over the size limit', async () => {
    const poller = startPoller({
      ...base,
      fetch: () => respond('x'.repeat(2048)),
      maxBytes: 1024,
      timers: manualTimers().timers,
      log: () => {},
      onTrack: () => {},
    });
    expect(await poller.pollOnce()).toEqual({
      status: 'invalid',
      reason: 'response over 1024 bytes',
    });
    poller.stop();
  });

  it('times out a request that hangs', async () => {
    const hang = (_url: unknown, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    const poller = startPoller({
      ...base,
      fetch: hang as typeof fetch,
      timeoutMs: 20,
      timers: manualTimers().timers,
      log: () => {},
      onTrack: () => {},
    });
    expect(await poller.pollOnce()).toMatchObject({ status: 'invalid' });
    poller.stop();
  });

  it('keeps polling when recording a track throws', async () => {
    const clock = manualTimers();
    const log = vi.fn();
    const poller = startPoller({
      ...base,
      fetch: () => respond('{}'),
      timers: clock.timers,
      log,
      onTrack: () => {
        throw new Error('disk full');
      },
    });
    await settle();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('disk full'));
    expect(clock.delays()).toHaveLength(1);
    poller.stop();
  });

  it('believes "off air" only after the grace period, once per outage', async () => {
    const readings = ['off', 'off', 'off', 'track', 'off', 'off'];
    let clock = 0;
    const offAir = vi.fn();
    const tracks: string[] = [];
    const poller = startPoller({
      ...base,
      fetch: () => respond(readings.shift() ?? 'off'),
      parse: (text) =>
        text === 'track'
          ? { status: 'track', track: { artist: 'A', title: 'Back' } }
          : { status: 'off-air', reason: 'mount gone' },
      timers: manualTimers().timers,
      now: () => clock,
      offAirAfterMs: 30_000,
      log: () => {},
      onTrack: (track) => tracks.push(track.title),
      onOffAir: offAir,
    });
    await settle(); // t = 0: first "off air" seen
    clock = 20_000;
    await poller.pollOnce(); // still within the grace period
    expect(offAir).not.toHaveBeenCalled();
    clock = 30_000;
    await poller.pollOnce();
    expect(offAir).toHaveBeenCalledOnce();
    await poller.pollOnce(); // back on air
    expect(tracks).toEqual(['Back']);
    clock = 40_000;
    await poller.pollOnce();
    clock = 80_000;
    await poller.pollOnce();
    expect(offAir).toHaveBeenCalledTimes(2);
    poller.stop();
  });

  it('takes a mount back without a title as on air: it ends the outage and is reported', async () => {
    const readings = ['off', 'off', 'untitled', 'untitled', 'off', 'off', 'off'];
    let clock = 0;
    const offAir = vi.fn();
    const untitled = vi.fn();
    const onTrack = vi.fn();
    const poller = startPoller({
      ...base,
      fetch: () => respond(readings.shift() ?? 'off'),
      parse: (text) =>
        text === 'untitled'
          ? { status: 'untitled', reason: 'no title' }
          : { status: 'off-air', reason: 'mount gone' },
      timers: manualTimers().timers,
      now: () => clock,
      offAirAfterMs: 30_000,
      log: () => {},
      onTrack,
      onOffAir: offAir,
      onUntitled: untitled,
    });
    await settle(); // t = 0: the mount is gone
    clock = 30_000;
    await poller.pollOnce();
    expect(offAir).toHaveBeenCalledOnce();
    await poller.pollOnce(); // back, with no title
    expect(untitled).toHaveBeenCalledOnce();
    await poller.pollOnce(); // every poll, as a track is
    expect(untitled).toHaveBeenCalledTimes(2);
    // Gone again: a new outage, with its own grace period from when it began.
    clock = 40_000;
    await poller.pollOnce();
    clock = 60_000;
    await poller.pollOnce();
    expect(offAir).toHaveBeenCalledOnce();
    clock = 70_000;
    await poller.pollOnce();
    expect(offAir).toHaveBeenCalledTimes(2);
    expect(onTrack).not.toHaveBeenCalled();
    poller.stop();
  });
});
