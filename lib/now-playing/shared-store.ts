import 'server-only';
import type { Redis } from 'ioredis';
import { isPlay } from '@/lib/live/events';
import { CHANGES_CHANNEL, key, unlessUnavailable, type RedisLink } from '@/lib/redis/connection';
import { followShared } from '@/lib/redis/follow';
import { createChanges } from '@/lib/storage/changes';
import { recordPlayScript, seedPlaysScript } from './shared-plays-scripts';
import type { PlayChange, PlayStore, Recorded, RecordOutcome } from './store';
import { KEEP_PLAYS, PUSH_PRECEDENCE_MS, type NowPlaying, type PlaySource } from './track';
import { isUntitled } from './untitled';

/**
 * The current track and the bounded play history in Redis, shared by every instance, with this
 * instance's copy of it in memory. A write goes to Redis (lib/now-playing/shared-plays-scripts.ts),
 * which stores it and announces it on the changes channel in one atomic step, and fails with
 * StoreUnavailableError while Redis is away. Reads are answered from the copy, which every
 * announced change updates and every reconnection reloads: a reader is never kept waiting on
 * Redis, and while Redis is away it gets the last state this instance knew. Every change new to
 * the copy (from this instance's write, an announcement, or a reload after an outage) is told
 * once, so the service sends open pages what they missed.
 */

export const PLAY_KEYS = {
  plays: key('now-playing:plays'),
  nextId: key('now-playing:next-id'),
  lastPush: key('now-playing:last-push'),
  lease: key('pollers:lease'),
};

/** The same-track key of lib/now-playing/track.ts's isSameTrack. */
const sameTrackKey = (play: { artist: string; title: string }) =>
  `${play.artist.trim().toLowerCase()}\n${play.title.trim().toLowerCase()}`;

/** A play as Redis holds it (a NowPlaying with its same-track key, which is dropped here). */
export const parseStoredPlay = (json: string): NowPlaying | null => {
  try {
    return asPlay(JSON.parse(json));
  } catch {
    return null;
  }
};

function asPlay(value: unknown): NowPlaying | null {
  if (typeof value !== 'object' || value === null) return null;
  const { key: _key, ...play } = value as Record<string, unknown>;
  return isPlay(play) ? play : null;
}

/** The play in a message on the changes channel, or null when it is about something else. */
export function parsePlayAnnouncement(message: string): NowPlaying | null {
  try {
    const value = JSON.parse(message) as { type?: unknown; play?: unknown } | null;
    return value?.type === 'play' ? asPlay(value.play) : null;
  } catch {
    return null;
  }
}

export function openSharedPlayStore({
  link,
  instanceId,
  keepPlays = KEEP_PLAYS, // a few MB per instance
  pushPrecedenceMs = PUSH_PRECEDENCE_MS,
}: {
  link: RedisLink;
  /** This instance's poller lease id: a poller's writes count only while it holds the lease. */
  instanceId: string;
  keepPlays?: number;
  pushPrecedenceMs?: number;
}): PlayStore {
  const redis: Redis = link.commands;
  const changes = createChanges<PlayChange>();
  let copy: NowPlaying[] = []; // newest first

  async function write(
    play: Omit<NowPlaying, 'id'>,
    source: PlaySource,
    reseeded = false,
  ): Promise<Recorded> {
    const reply = await unlessUnavailable(() =>
      recordPlayScript(
        redis,
        [PLAY_KEYS.plays, PLAY_KEYS.nextId, PLAY_KEYS.lastPush, PLAY_KEYS.lease],
        [
          JSON.stringify(play),
          play.offAir ? '' : sameTrackKey(play),
          source,
          pushPrecedenceMs,
          keepPlays,
          source === 'push' ? '' : instanceId,
          CHANGES_CHANNEL,
          copy[0]?.id ?? 0,
        ],
      ),
    );
    const [outcome, json] = reply as [RecordOutcome | 'not-holder' | 'emptied', string];
    // Redis lost what this instance knows, without a disconnect to say so: put it back first,
    // ids going on from this instance's highest, then write.
    if (outcome === 'emptied' && !reseeded) {
      tell(await reload());
      return write(play, source, true);
    }
    if (outcome === 'emptied') throw new Error('Redis lost the play history again while reseeding');
    // A poller that lost its lease (another instance polls now) records nothing.
    if (outcome === 'not-holder') throw new Error('this instance no longer holds the poller lease');
    const stored = parseStoredPlay(json);
    if (!stored) throw new Error(`Redis holds a play this code cannot read: ${json.slice(0, 200)}`);
    // Told now, or when its announcement arrived first: once either way.
    if (apply(stored)) tell([stored]);
    return { play: stored, outcome };
  }

  const tell = (plays: NowPlaying[]) => void (plays.length > 0 && changes.emit({ plays }));

  /** True when the play is news to this copy. */
  function apply(play: NowPlaying): boolean {
    const index = copy.findIndex((known) => known.id === play.id);
    if (index >= 0) {
      if ((play.revision ?? 0) <= (copy[index]!.revision ?? 0)) return false;
      copy[index] = play;
      return true;
    }
    const oldest = copy.at(-1);
    if (copy.length >= keepPlays && oldest && play.id < oldest.id) return false;
    copy = [...copy, play].sort((a, b) => b.id - a.id).slice(0, keepPlays);
    return true;
  }

  async function load(): Promise<NowPlaying[]> {
    const raw = await unlessUnavailable(() => redis.lrange(PLAY_KEYS.plays, 0, -1));
    return raw.map(parseStoredPlay).filter((play): play is NowPlaying => play !== null);
  }

  const stopMessages = link.onMessage((message) => {
    const play = parsePlayAnnouncement(message);
    if (play && apply(play)) tell([play]);
  });
  let missed: NowPlaying[] = [];
  const follow = followShared(
    link,
    async () => void (missed = await reload()),
    (first) => {
      // The first load is what this instance starts from; after an outage, what it missed.
      if (first) changes.emit({ plays: copy.slice(0, 1), firstLoad: true });
      else tell(missed);
      missed = [];
    },
  );

  return {
    current: () => copy[0] ?? null,
    history: (limit) => copy.slice(0, limit),
    playsAfter: (id, limit) =>
      copy
        .filter((play) => play.id > id)
        .reverse()
        .slice(0, limit),
    play: (id) => copy.find((play) => play.id === id) ?? null,
    // As the SQLite store's: tracks (not off-air gaps, nor untitled stretches) that started in
    // [from, to), oldest first.
    playsBetween: (from, to, limit) =>
      copy
        .filter((play) => {
          const at = Date.parse(play.startedAt);
          return !play.offAir && !isUntitled(play) && at >= +from && at < +to;
        })
        .sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt) || a.id - b.id)
        .slice(0, limit),
    firstPlayedAt: () =>
      copy.reduce<string | null>(
        (first, play) =>
          first === null || Date.parse(play.startedAt) < Date.parse(first) ? play.startedAt : first,
        null,
      ),
    record: (track, source, at) =>
      write(
        {
          artist: track.artist,
          title: track.title,
          ...(track.artwork !== undefined ? { artwork: track.artwork } : {}),
          ...(track.duration !== undefined ? { duration: track.duration } : {}),
          startedAt: track.startedAt ?? at.toISOString(),
          source,
          ...(track.streamer !== undefined ? { streamer: track.streamer } : {}),
        },
        source,
      ),
    recordOffAir: (source, at) =>
      write({ artist: '', title: '', startedAt: at.toISOString(), source, offAir: true }, source),
    onChange: (listener) => changes.subscribe(listener),
    ready: follow.ready,
    close() {
      stopMessages();
      follow.stop();
    },
  };

  /**
   * Reloads the copy from Redis, putting the copy back into a Redis that lost it. Returns the
   * plays new to the copy, oldest first.
   */
  async function reload(): Promise<NowPlaying[]> {
    let plays = await load();
    if (plays.length === 0 && copy.length > 0) {
      const entries = copy.map((play) =>
        JSON.stringify({ ...play, key: play.offAir ? '' : sameTrackKey(play) }),
      );
      await unlessUnavailable(() =>
        seedPlaysScript(redis, [PLAY_KEYS.plays, PLAY_KEYS.nextId], [copy[0]!.id, ...entries]),
      );
      plays = await load();
    }
    const known = new Map(copy.map((play) => [play.id, play.revision ?? 0]));
    copy = plays;
    return plays.filter((play) => (known.get(play.id) ?? -1) < (play.revision ?? 0)).reverse();
  }
}
