import 'server-only';
import { createInProcessBus, type InProcessBus } from '@/lib/live/bus';
import { encodeNowPlayingFrame, parseEventId } from '@/lib/live/event-stream';
import type { PlayReader, PlayStore } from './store';
import {
  type NowPlaying,
  type NowPlayingSnapshot,
  type PlaySource,
  type TrackInput,
} from './track';

/**
 * What the routes and the runtime use, over either store (lib/now-playing/store.ts): records
 * what a source reports and, whenever the store tells of a change (this instance's or, with
 * Redis, another's), encodes the SSE frame once and publishes it to every listener of this
 * instance. Over SQLite's store, writes answer at once; over Redis's, later, and they may fail
 * with StoreUnavailableError.
 */
export type NowPlayingService<Store extends PlayStore = PlayStore> = {
  bus: InProcessBus;
  record(track: TrackInput, source: PlaySource): ReturnType<Store['record']>;
  /** The station is off air, as a source says. */
  markOffAir(source: PlaySource): ReturnType<Store['recordOffAir']>;
  current(): NowPlaying | null;
  snapshot(historyLimit?: number): NowPlayingSnapshot;
  /** Tracks that started in [from, to), oldest first: what a show played. */
  playsBetween(from: Date, to: Date, limit?: number): NowPlaying[];
  /** When the oldest play kept started (ISO): where the history begins. Null when there is none. */
  firstPlayedAt(): string | null;
  /**
   * What a (re)connecting client is sent first: with no Last-Event-ID, the current state; with
   * one, every change after it, oldest first (a play whose artwork was filled in since is sent
   * again), so a client that lost its connection misses nothing and gets nothing twice.
   */
  framesSince(lastEventId: string | null): Uint8Array[];
  /** Resolves once the store's first load is in (at once for SQLite). */
  ready(): Promise<void>;
  close(): void;
};

/** At most this many bytes of changes are replayed on one connect. */
export const MAX_REPLAY_BYTES = 64 * 1024;
/** At most this many changes are replayed to a client that was away. */
export const REPLAY_LIMIT = 100;

export function createNowPlayingService<Store extends PlayStore>({
  store,
  bus = createInProcessBus(),
  now = () => new Date(),
  onChange = () => {},
}: {
  store: Store;
  bus?: InProcessBus;
  now?: () => Date;
  /** After a change is stored and published: cached pages that show it go out of date. */
  onChange?: (play: NowPlaying) => void;
}): NowPlayingService<Store> {
  const stopChanges = store.onChange(({ plays, firstLoad }) => {
    // Sent after an outage too, oldest first; a first load is no news to open pages.
    if (!firstLoad)
      plays.slice(-REPLAY_LIMIT).forEach((play) => bus.publish(encodeNowPlayingFrame(play)));
    const latest = plays.at(-1);
    if (latest) onChange(latest);
  });

  return {
    bus,
    record: (track, source) => store.record(track, source, now()) as ReturnType<Store['record']>,
    markOffAir: (source) => store.recordOffAir(source, now()) as ReturnType<Store['recordOffAir']>,
    current: () => store.current(),
    snapshot: (historyLimit = 10) => ({
      current: store.current(),
      history: store.history(historyLimit),
    }),
    playsBetween: (from, to, limit = 200) => store.playsBetween(from, to, limit),
    firstPlayedAt: () => store.firstPlayedAt(),
    framesSince: (lastEventId) => replayFrames(store, lastEventId),
    ready: () => store.ready(),
    close() {
      stopChanges();
      store.close();
    },
  };
}

/** NowPlayingService['framesSince']: from SQLite, or the Redis store's copy. */
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
