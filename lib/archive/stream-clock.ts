/**
 * When did the audio at a point of the recorded stream go out? ffmpeg reports how far into the
 * stream it has read (stream time); the wall clock says when it read it. Icecast sends a new
 * listener a burst of the last seconds at once, then the rest as it goes out, so the audio at
 * stream time `t` went out at `anchor + t`, where `anchor` is the least `wall − t` ever seen:
 * data never arrives before it is broadcast, and arrives just after once the burst is through.
 * The first report (half a second in) already follows the burst, so it is right from the start;
 * later ones only tighten it by the network's jitter.
 */
export type StreamClock = {
  /** ffmpeg has written up to `streamUs` of the stream as of `wallMs`. */
  observe(wallMs: number, streamUs: number): void;
  /** When stream second `streamS` went out (epoch ms), or null before any report. */
  instantOf(streamS: number): number | null;
};

export function createStreamClock(): StreamClock {
  let anchor: number | null = null;
  return {
    observe(wallMs, streamUs) {
      // Nothing written yet says nothing about when it was broadcast.
      if (streamUs <= 0) return;
      const candidate = wallMs - streamUs / 1000;
      anchor = anchor === null ? candidate : Math.min(anchor, candidate);
    },
    instantOf(streamS) {
      return anchor === null ? null : Math.round(anchor + streamS * 1000);
    },
  };
}
