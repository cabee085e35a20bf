import 'server-only';
import { createInProcessBus, type InProcessBus } from '@/lib/live/bus';
import { encodeNowPlayingFrame, parseEventId } from '@/lib/live/event-stream';
import type { NowPlayingStore, PlayReader, Recorded } from './store';
import {
  isSameTrack,
  type NowPlaying,
  type NowPlayingSnapshot,
  type PlaySource,
  type TrackInput,
} from './track';

/**
 * Store + bus: records what a source reports and, when that changes anything, encodes the SSE
 * frame once and publishes it to every listener.
 */
export type NowPlayingService = {
  bus: InProcessBus;
  record(track: TrackInput, source: PlaySource): Recorded;
  /** The station is off air, as a source says. */
  markOffAir(source: PlaySource): Recorded;
  current(): NowPlaying | null;
  snapshot(historyLimit?: number): NowPlayingSnapshot;
  /** Tracks that started in [from, to), oldest first: what a show played. */
  playsBetween(from: Date, to: Date, limit?: number): NowPlaying[];
  /**
   * What a (re)connecting client is sent first: with no Last-Event-ID, the current state; with
   * one, every change after it, oldest first (a play whose artwork was filled in since is sent
   * again), so a client that lost its connection misses nothing and gets nothing twice.
   */
  framesSince(lastEventId: string | null): Uint8Array[];
  close(): void;
};

/**
 * What the routes and the runtime use: this service (SQLite, answers at once) or the shared one
 * (lib/now-playing/shared-service.ts: Redis, whose writes answer later and may fail with
 * StoreUnavailableError).
 */
export type StationNowPlaying = Omit<NowPlayingService, 'record' | 'markOffAir'> & {
  record(track: TrackInput, source: PlaySource): Recorded | Promise<Recorded>;
  markOffAir(source: PlaySource): Recorded | Promise<Recorded>;
};

export const PUSH_PRECEDENCE_MS = 10 * 60_000;
/** At most this many bytes of changes are replayed on one connect. */
export const MAX_REPLAY_BYTES = 64 * 1024;
/** At most this many changes are replayed to a client that was away. */
export const REPLAY_LIMIT = 100;

export function createNowPlayingService({
  store,
  bus = createInProcessBus(),
  now = () => new Date(),
  pushPrecedenceMs = PUSH_PRECEDENCE_MS,
  onChange = () => {},
}: {
  store: NowPlayingStore;
  bus?: InProcessBus;
  now?: () => Date;
  pushPrecedenceMs?: number;
  /** After a change is stored and published: cached pages that show it go out of date. */
  onChange?: (play: NowPlaying) => void;
}): NowPlayingService {
  let lastPushAt = -Infinity;

  function publish(result: Recorded): Recorded {
    if (result.outcome !== 'unchanged') {
      bus.publish(encodeNowPlayingFrame(result.play));
      onChange(result.play);
    }
    return result;
  }

  // Pushes are the station's own word: for a while after one, a poller reading the song with
  // other spelling (or a stale title) must not start a new play every poll. It may still add
  // artwork to the same song, and say the station is off air: a mount that is gone is gone.
  const heldOffByPush = (source: PlaySource, at: Date) =>
    source !== 'push' && at.getTime() - lastPushAt < pushPrecedenceMs;

  return {
    bus,
    record(track, source) {
      const at = now();
      const current = store.current();
      // Back from off air, a poller's track is the news, push or no push.
      const onAir = current && !current.offAir;
      if (heldOffByPush(source, at) && onAir && !isSameTrack(current, track)) {
        return { play: current, outcome: 'unchanged' };
      }
      if (source === 'push') lastPushAt = at.getTime();
      return publish(store.record(track, source, at));
    },
    markOffAir(source) {
      if (source === 'push') lastPushAt = now().getTime();
      return publish(store.recordOffAir(source, now()));
    },
    current: () => store.current(),
    snapshot: (historyLimit = 10) => ({
      current: store.current(),
      history: store.history(historyLimit),
    }),
    playsBetween: (from, to, limit = 200) => store.playsBetween(from, to, limit),
    framesSince: (lastEventId) => replayFrames(store, lastEventId),
    close: () => store.close(),
  };
}

/** NowPlayingService['framesSince'] over any store: SQLite, or the Redis one's copy. */
export function replayFrames(store: PlayReader, lastEventId: string | null): Uint8Array[] {
  const current = store.current();
  if (!current) return [];
  const seen = parseEventId(lastEventId);
  // Nothing to go on (a first connection, an id from another database): the current state.
  if (!seen || seen.id > current.id) return [encodeNowPlayingFrame(current)];
  const from = Math.max(seen.id, current.id - REPLAY_LIMIT);
  const plays = store.playsAfter(from, REPLAY_LIMIT);
  const refreshed = store.play(seen.id);
  const changedSince = refreshed && (refreshed.revision ?? 0) > seen.revision;
  const frames = [...(changedSince ? [refreshed] : []), ...plays].map(encodeNowPlayingFrame);
  // Past the byte bound (long titles, big artwork URLs), the current state instead: a page that
  // was away that long shows what is on now, and no connect can ask for a megabyte.
  const bytes = frames.reduce((sum, frame) => sum + frame.byteLength, 0);
  return bytes <= MAX_REPLAY_BYTES ? frames : [encodeNowPlayingFrame(current)];
}
