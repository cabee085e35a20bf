/**
 * The track the listener hears, which is not the one the studio is playing: Icecast starts each
 * listener with a burst of recent audio (16 s at our settings) and the browser plays it all, so
 * what comes out of the speaker is that far behind the live edge. The player works out how far,
 * and shows the track that was on air that long ago; the header strip shows the studio's.
 * @see ../../docs/icecast.md "How far behind live a listener is"
 */

/** The part of an <audio> element this needs: its clock and what it has demuxed. */
export type AudioClock = {
  currentTime: number;
  buffered: { length: number; end(index: number): number };
};

/**
 * How far behind the live edge the audio is, in seconds, or null when it cannot be said.
 *
 * When the player connected, Icecast sent it `burstSeconds` of recent audio at once, and has
 * sent the stream as it is made since: so the live edge is now `burstSeconds` plus the time
 * since connecting into the stream's own clock, and the distance from there to `currentTime`
 * is the delay (stalls included, as they push the listener further behind). Without the burst
 * (the server has not measured it), what the element has read ahead is a lower bound.
 */
export function delaySample(
  { currentTime, buffered }: AudioClock,
  { sinceConnectS, burstSeconds }: { sinceConnectS: number; burstSeconds: number | null },
): number | null {
  if (!Number.isFinite(currentTime) || !Number.isFinite(sinceConnectS)) return null;
  const readAhead = buffered.length > 0 ? buffered.end(buffered.length - 1) - currentTime : 0;
  const fromBurst = burstSeconds === null ? 0 : burstSeconds + sinceConnectS - currentTime;
  const sample = Math.max(Number.isFinite(readAhead) ? readAhead : 0, fromBurst);
  return sample > 0 ? sample : null;
}

/** Samples kept: the median of the last few rides out a moment of jitter in either. */
export const DELAY_SAMPLES = 5;
// Longer than any burst and player buffer we know: past it, the sample is not a delay.
const MOST_PLAUSIBLE_S = 120;
// The delay shown moves in steps of this much, so a wobble does not re-render the dock.
const STEP_S = 0.25;

/** The delay to use, in ms: the median of the recent samples, in quarter seconds. */
export function settledDelayMs(samples: readonly number[]): number | null {
  const usable = samples
    .slice(-DELAY_SAMPLES)
    .filter((sample) => sample >= 0 && sample <= MOST_PLAUSIBLE_S)
    .sort((a, b) => a - b);
  if (usable.length === 0) return null;
  const middle = usable.length / 2;
  const median =
    usable.length % 2 ? usable[Math.floor(middle)]! : (usable[middle - 1]! + usable[middle]!) / 2;
  return Math.round(median / STEP_S) * STEP_S * 1000;
}

/** A play and the moment (ms, the tab's clock) this tab learned the station had changed to it. */
export type TimedPlay = { id: number; receivedAt: number };

/**
 * Of `plays` (newest first), the one on air `delayMs` before `now`, and the moment the answer
 * next changes (null when no later play is waiting to be heard). When even the oldest play
 * arrived after that moment, the oldest is the best we know: it was on air when the tab
 * connected.
 */
export function heardPlay<T extends TimedPlay>(
  plays: readonly T[],
  delayMs: number,
  now: number,
): { play: T | undefined; changesAt: number | null } {
  const heardFrom = now - delayMs;
  const index = plays.findIndex((play) => play.receivedAt <= heardFrom);
  const play = index === -1 ? plays.at(-1) : plays[index];
  const waiting = index === -1 ? plays.length - 1 : index;
  const next = waiting > 0 ? plays[waiting - 1] : undefined;
  return { play, changesAt: next ? next.receivedAt + delayMs : null };
}
