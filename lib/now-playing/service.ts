import 'server-only';
import { createInProcessBus, type InProcessBus } from './bus';
import { encodeNowPlayingFrame } from './event-stream';
import type { NowPlayingStore, RecordOutcome } from './store';
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
  record(track: TrackInput, source: PlaySource): { play: NowPlaying; outcome: RecordOutcome };
  current(): NowPlaying | null;
  snapshot(historyLimit?: number): NowPlayingSnapshot;
  /** The frame for the current play, as last published; null before anything has played. */
  currentFrame(): Uint8Array | null;
  close(): void;
};

export const PUSH_PRECEDENCE_MS = 10 * 60_000;

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
  const initial = store.current();
  let frame = initial ? encodeNowPlayingFrame(initial) : null;
  let lastPushAt = -Infinity;

  return {
    bus,
    record(track, source) {
      const at = now();
      const current = store.current();
      // Pushes are the station's own word: for a while after one, a poller reading the song with
      // other spelling (or a stale title) must not start a new play every poll. It may still add
      // artwork to the same song.
      const pushedRecently = at.getTime() - lastPushAt < pushPrecedenceMs;
      if (source !== 'push' && current && pushedRecently && !isSameTrack(current, track)) {
        return { play: current, outcome: 'unchanged' };
      }
      if (source === 'push') lastPushAt = at.getTime();
      const result = store.record(track, source, at);
      if (result.outcome !== 'unchanged') {
        frame = encodeNowPlayingFrame(result.play);
        bus.publish(frame);
        onChange(result.play);
      }
      return result;
    },
    current: () => store.current(),
    snapshot: (historyLimit = 10) => ({
      current: store.current(),
      history: store.history(historyLimit),
    }),
    currentFrame: () => frame,
    close: () => store.close(),
  };
}
