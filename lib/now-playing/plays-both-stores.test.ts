import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectRedis, type RedisLink } from '@/lib/redis/connection';
import { startTestRedisForFile } from '@/servers/redis-for-vitest';
import { createNowPlayingService, type NowPlayingService } from './service';
import { openSharedPlayStore, PLAY_KEYS } from './shared-store';
import { openNowPlayingStore } from './store';
import type { NowPlaying, PlaySource, TrackInput } from './track';
import { isUntitled, UNTITLED } from './untitled';

/**
 * The station's plays kept in SQLite (one instance) and in Redis (several) must behave the same:
 * the same outcome, ids, history and replay for the same calls. The decisions are written twice
 * (TypeScript over SQL, and a Lua script), so every operation runs here against both, on a real
 * SQLite file and a real redis-server, with the same clock.
 */
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const redis = startTestRedisForFile();
const KEEP = 6;
const PRECEDENCE_MS = 10 * 60_000;

type Backend = {
  service: NowPlayingService;
  /** Moves this backend's clock on. */
  advance(ms: number): void;
  close(): void;
};

const backends: Record<string, () => Promise<Backend>> = {
  sqlite: async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plays-both-'));
    let at = Date.parse('2026-12-02T22:00:00Z');
    const service = createNowPlayingService({
      store: openNowPlayingStore({ dir, keepPlays: KEEP, pushPrecedenceMs: PRECEDENCE_MS }),
      now: () => new Date(at),
    });
    return {
      service,
      advance: (ms) => (at += ms),
      close() {
        service.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
  redis: async () => {
    await redis.link().commands.flushall();
    // This instance polls: a poller's write counts only from the lease's holder.
    await redis.link().commands.set(PLAY_KEYS.lease, 'this-instance', 'PX', 60_000);
    const link: RedisLink = connectRedis(redis.redis().url, { log: () => {} });
    await link.whenUp(10_000);
    let at = Date.parse('2026-12-02T22:00:00Z');
    const service = createNowPlayingService({
      store: openSharedPlayStore({
        link,
        instanceId: 'this-instance',
        pushPrecedenceMs: PRECEDENCE_MS,
        keepPlays: KEEP,
      }),
      now: () => new Date(at),
    });
    await service.ready();
    return {
      service,
      // Redis keeps the time of the last push by its own clock (PX): the precedence runs out in
      // real time there, so a test that waits it out uses a short one on both (below).
      advance: (ms) => (at += ms),
      close() {
        service.close();
        link.close();
      },
    };
  },
};

describe.each(Object.keys(backends))('plays kept in %s', (name) => {
  let backend: Backend;
  beforeEach(async () => {
    backend = await backends[name]!();
  });
  afterEach(() => backend.close());

  const record = async (track: TrackInput, source: PlaySource = 'push') => {
    backend.advance(60_000);
    return backend.service.record(track, source);
  };
  const offAir = async (source: PlaySource = 'push') => {
    backend.advance(60_000);
    return backend.service.markOffAir(source);
  };
  const shape = (play: NowPlaying | null) =>
    play && {
      id: play.id,
      artist: play.artist,
      title: play.title,
      ...(play.artwork ? { artwork: play.artwork } : {}),
      ...(play.revision ? { revision: play.revision } : {}),
      ...(play.offAir ? { offAir: true } : {}),
    };

  it('gives ids from 1 up, keeps the newest plays only, and never reuses an id', async () => {
    for (let i = 1; i <= KEEP + 2; i++) {
      expect((await record({ artist: 'Band', title: `Song ${i}` })).play.id).toBe(i);
    }
    const { current, history } = backend.service.snapshot(10);
    expect(current?.id).toBe(KEEP + 2);
    expect(history.map((play) => play.id)).toEqual([8, 7, 6, 5, 4, 3]);
  });

  it('counts the same song reported again, in other case and spacing, as one play', async () => {
    await record({ artist: 'Atlantic Starr', title: 'Secret Lovers' });
    const again = await record({ artist: ' atlantic starr', title: 'SECRET LOVERS ' });
    expect(again.outcome).toBe('unchanged');
    expect(shape(again.play)).toEqual({ id: 1, artist: 'Atlantic Starr', title: 'Secret Lovers' });
  });

  it('fills in artwork later as a revision of the same play, once', async () => {
    await record({ artist: 'Doves', title: 'Pounding' });
    const artwork = 'https://example.org/pounding.jpg';
    const filled = await record({ artist: 'Doves', title: 'Pounding', artwork });
    expect(filled.outcome).toBe('updated');
    expect(shape(filled.play)).toEqual({
      id: 1,
      artist: 'Doves',
      title: 'Pounding',
      artwork,
      revision: 1,
    });
    expect((await record({ artist: 'Doves', title: 'Pounding', artwork })).outcome).toBe(
      'unchanged',
    );
  });

  it('keeps off air as a state: once, until the next track', async () => {
    await record({ artist: 'Elbow', title: 'Lippy Kids' });
    const off = await offAir();
    expect(off.outcome).toBe('new');
    expect(shape(off.play)).toEqual({ id: 2, artist: '', title: '', offAir: true });
    expect((await offAir()).outcome).toBe('unchanged');
    expect((await record({ artist: 'Elbow', title: 'Lippy Kids' })).outcome).toBe('new');
    expect(backend.service.current()?.id).toBe(3);
  });

  it('takes a source back on air without a title as on air, and keeps a track over it', async () => {
    await record({ artist: 'Doves', title: 'Pounding' }, 'icecast');
    expect((await record(UNTITLED, 'icecast')).outcome).toBe('unchanged');
    await offAir('icecast');
    const back = await record(UNTITLED, 'icecast');
    expect(back.outcome).toBe('new');
    expect(isUntitled(back.play)).toBe(true);
    expect((await record(UNTITLED, 'icecast')).outcome).toBe('unchanged');
  });

  it('holds a poller’s other track off after a push, but lets it say the station is off air', async () => {
    await record({ artist: 'Doves', title: 'Pounding' }, 'push');
    const polled = await record({ artist: 'Doves', title: 'Pounding (Radio Edit)' }, 'icecast');
    expect(polled.outcome).toBe('unchanged');
    expect(polled.play.title).toBe('Pounding');
    expect((await offAir('icecast')).outcome).toBe('new');
    // Back from off air, a poller's track is the news, push or no push.
    expect(
      (await record({ artist: 'Doves', title: 'Caught by the River' }, 'icecast')).outcome,
    ).toBe('new');
  });

  it('lists what a show played between two instants: tracks only, in the order they started', async () => {
    const start = Date.parse('2026-12-02T22:00:00Z');
    const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
    await record({ artist: 'B', title: 'Second', startedAt: at(20) });
    await record({ artist: 'A', title: 'First', startedAt: at(10) });
    await offAir();
    await record(UNTITLED, 'icecast');
    await record({ artist: 'C', title: 'Too Late', startedAt: at(90) });
    const played = backend.service.playsBetween(new Date(at(0)), new Date(at(60)));
    expect(played.map((play) => play.title)).toEqual(['First', 'Second']);
    expect(backend.service.playsBetween(new Date(at(0)), new Date(at(60)), 1)).toHaveLength(1);
  });

  it('says where the history begins: the oldest play kept, whatever order it came in', async () => {
    expect(backend.service.firstPlayedAt()).toBeNull();
    const start = Date.parse('2026-12-02T22:00:00Z');
    const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
    await record({ artist: 'B', title: 'Later', startedAt: at(20) });
    await record({ artist: 'A', title: 'Back-filled', startedAt: at(5) });
    expect(backend.service.firstPlayedAt()).toBe(at(5));
    // Past the bound, the oldest plays go, and the history begins later.
    for (let i = 1; i <= KEEP; i++) await record({ artist: 'C', title: `Song ${i}` });
    const kept = backend.service.snapshot(KEEP).history;
    expect(kept.map((play) => play.title)).not.toContain('Back-filled');
    expect(backend.service.firstPlayedAt()).toBe(kept.at(-1)!.startedAt);
  });

  it('replays what a reconnecting client missed, oldest first, a revised play included', async () => {
    await record({ artist: 'A', title: 'One' });
    await record({ artist: 'B', title: 'Two' });
    await record({ artist: 'B', title: 'Two', artwork: 'https://example.org/two.jpg' });
    await record({ artist: 'C', title: 'Three' });
    const idsOf = (frames: Uint8Array[]) =>
      frames.map((frame) => /^id: (.+)$/m.exec(new TextDecoder().decode(frame))?.[1]);
    expect(idsOf(backend.service.framesSince('1'))).toEqual(['2.1', '3']);
    expect(idsOf(backend.service.framesSince('2'))).toEqual(['2.1', '3']);
    expect(idsOf(backend.service.framesSince('2.1'))).toEqual(['3']);
    expect(idsOf(backend.service.framesSince('3'))).toEqual([]);
    // Nothing to go on (a first connection, an id from another database): the current state.
    expect(idsOf(backend.service.framesSince(null))).toEqual(['3']);
    expect(idsOf(backend.service.framesSince('99'))).toEqual(['3']);
  });
});
