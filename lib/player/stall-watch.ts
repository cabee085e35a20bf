/**
 * Playback that claims to be playing but makes no progress (a silent network stall: no `ended`,
 * no `error`) counts as a drop once the position has not moved for `stallMs`.
 */
export type Progress = { position: number; at: number };

export const STALL_MS = 8_000;

/** The last time the position moved forward, given a new reading. */
export function noteProgress(last: Progress | null, position: number, at: number): Progress {
  // Any change counts: forward, or back to near 0 when a new connection starts its timeline.
  return !last || position !== last.position ? { position, at } : last;
}

export function hasStalled(last: Progress | null, now: number, stallMs = STALL_MS): boolean {
  return last !== null && now - last.at >= stallMs;
}
