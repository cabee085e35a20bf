/**
 * Which of the station's streams the player plays: the main one, or the low-bitrate fallback
 * that keeps a listener on a weak signal (a bus, a basement) playing. Pure: times come in, the
 * choice comes out, and the browser adapter (components/player/live-audio-controller.ts) moves
 * the connection when it changes.
 *
 * - **Down** after 2 stalls within 60 s on the main stream, or at once when the browser asks for
 *   less data (`Save-Data`) or says the connection is 2g or slow-2g, or when the listener chose
 *   "Always use data saver".
 * - **Up** after 10 minutes on the fallback without a stall, on a connection that is no longer
 *   poor (and not saving data); the first stall on the main stream then sends it straight back
 *   down, until it has been up for another 10 minutes. Turning the listener's choice off goes
 *   up at once: they asked for it.
 *
 * A stall is the element running dry while playing (`waiting`), the watchdog's silent stall, or
 * a connection that did not start playing in time; not the station dropping its source.
 */
export type LowReason = 'stalls' | 'poor-connection' | 'save-data' | 'chosen';

export type QualityState =
  | { stream: 'main'; stalls: readonly number[]; since: number; probation: boolean }
  | { stream: 'low'; reason: LowReason; since: number };

/** What the browser and the listener say now. */
export type Conditions = {
  /** The station has a low-bitrate stream (the live channel says so). */
  hasFallback: boolean;
  /** "Always use data saver". */
  chosen: boolean;
  /** The browser asks for less data (navigator.connection.saveData). */
  saveData: boolean;
  /** navigator.connection.effectiveType is 2g or slow-2g. */
  poorConnection: boolean;
};

export type QualityPolicy = { stallsDown: number; windowMs: number; upAfterMs: number };

export const QUALITY_POLICY: QualityPolicy = {
  stallsDown: 2,
  windowMs: 60_000,
  upAfterMs: 10 * 60_000,
};

const onMain = (since: number, probation = false): QualityState => ({
  stream: 'main',
  stalls: [],
  since,
  probation,
});

/** Why the conditions alone want the low stream, strongest first; null when they do not. */
function forcedReason(conditions: Conditions): LowReason | null {
  if (!conditions.hasFallback) return null;
  if (conditions.chosen) return 'chosen';
  if (conditions.saveData) return 'save-data';
  if (conditions.poorConnection) return 'poor-connection';
  return null;
}

export function initialQuality(conditions: Conditions, now: number): QualityState {
  const reason = forcedReason(conditions);
  return reason ? { stream: 'low', reason, since: now } : onMain(now);
}

/** A stall at `at` on the stream in use. */
export function noteStall(
  state: QualityState,
  at: number,
  conditions: Conditions,
  policy: QualityPolicy = QUALITY_POLICY,
): QualityState {
  // On the fallback, a stall only starts the wait for the main stream again.
  if (state.stream === 'low') return { ...state, since: at };
  if (!conditions.hasFallback) return state;
  const stalls = [...state.stalls.filter((t) => at - t < policy.windowMs), at];
  if (state.probation || stalls.length >= policy.stallsDown) {
    return { stream: 'low', reason: 'stalls', since: at };
  }
  return { ...state, stalls };
}

/** What the conditions and the time since the last stall say now (every second, and on changes). */
export function reconsider(
  state: QualityState,
  now: number,
  conditions: Conditions,
  policy: QualityPolicy = QUALITY_POLICY,
): QualityState {
  const forced = forcedReason(conditions);
  if (state.stream === 'main') {
    if (forced) return { stream: 'low', reason: forced, since: now };
    if (state.probation && now - state.since >= policy.upAfterMs) return onMain(state.since);
    return state;
  }
  if (!conditions.hasFallback) return onMain(now);
  if (forced) return forced === state.reason ? state : { ...state, reason: forced };
  // The listener turned data saver off: they want the full stream now.
  if (state.reason === 'chosen') return onMain(now);
  if (now - state.since >= policy.upAfterMs) return onMain(now, true);
  return state;
}
