/**
 * When did the audio at a point of the recorded stream go out? ffmpeg reports how far into the
 * stream it has written (stream time); the wall clock says when. Icecast sends a new listener a
 * burst of the last seconds at once, then the rest as it goes out, so the audio at stream time `t`
 * went out at `anchor + t`, where `anchor` is the least `wall − t` seen once the burst is through:
 * data never arrives before it is broadcast, and arrives just after in real time. The burst is
 * through once two reports half a second apart show the stream arriving at about real speed
 * (ffmpeg's very first report comes before the burst has arrived, and would date it late).
 */
export type StreamClock = {
  /** ffmpeg has written up to `streamUs` of the stream as of `wallMs`. */
  observe(wallMs: number, streamUs: number): void;
  /** When stream second `streamS` went out (epoch ms); null until the burst is through. */
  instantOf(streamS: number): number | null;
};

/** Arriving at most this much faster than real time counts as real time (network jitter). */
const REAL_TIME = 1.25;
const MIN_WINDOW_MS = 400;

export function createStreamClock(): StreamClock {
  let anchor = Infinity;
  let settled = false;
  let last: { wallMs: number; streamUs: number } | null = null;
  return {
    observe(wallMs, streamUs) {
      // Nothing written yet says nothing about when it was broadcast.
      if (streamUs <= 0) return;
      anchor = Math.min(anchor, wallMs - streamUs / 1000);
      if (!last) {
        last = { wallMs, streamUs };
        return;
      }
      const wallSpan = wallMs - last.wallMs;
      if (wallSpan < MIN_WINDOW_MS) return;
      if ((streamUs - last.streamUs) / 1000 <= wallSpan * REAL_TIME) settled = true;
      last = { wallMs, streamUs };
    },
    instantOf(streamS) {
      return settled ? Math.round(anchor + streamS * 1000) : null;
    },
  };
}
