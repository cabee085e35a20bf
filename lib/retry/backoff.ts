/**
 * How the site retries what it depends on, one policy shape for all: the live player retrying a
 * dropped stream (LIVE_BACKOFF: fast first tries, doubling, capped, jittered so a station's
 * listeners do not all knock on the server in the same instant, given up only after a long
 * outage) and the server's now-playing pollers retrying an unreachable source
 * (`pollerBackoff`, lib/now-playing/sources/poller.ts), and an open page opening its live channel
 * again after the server refused it (LIVE_CHANNEL_BACKOFF).
 *
 * The cap is low (5 s, at most 6 s with jitter) because the player only notices that the source
 * is back on its next try: with Icecast, a retry while the mount is down fails at once (404,
 * MediaError 4), so a retry every few seconds costs one small HTTP request.
 * @see ../../docs/icecast.md "Chromium and the stream"
 */
export type BackoffPolicy = {
  /** Delay before the first retry. */
  initialMs: number;
  /** Each further retry waits this many times longer… */
  factor: number;
  /** …up to this. */
  maxMs: number;
  /** ± this fraction of the delay, from the injected random number. */
  jitter: number;
  /** A failure this long after the outage began ends the retries. */
  giveUpAfterMs: number;
  /** An attempt that has not started playing after this long has failed. */
  attemptTimeoutMs: number;
};

export const LIVE_BACKOFF: BackoffPolicy = {
  initialMs: 500,
  factor: 2,
  maxMs: 5_000,
  jitter: 0.2,
  giveUpAfterMs: 5 * 60_000,
  attemptTimeoutMs: 12_000,
};

/**
 * An open page's live channel, after it closed for good (a 502, 503 or 429 answer, a wrong
 * content type): a second at first, doubling to half a minute, never given up while the page is
 * open. Jittered by half, since every page of a station saw the same outage at the same moment
 * and would otherwise all come back in the same instant.
 */
export const LIVE_CHANNEL_BACKOFF: BackoffPolicy = {
  initialMs: 1_000,
  factor: 2,
  maxMs: 30_000,
  jitter: 0.5,
  giveUpAfterMs: Infinity,
  attemptTimeoutMs: Infinity,
};

/**
 * A poller's: twice its interval after the first failure, doubling up to `maxMs`; no jitter (one
 * poller per source), and it never gives up (the station comes back on air eventually).
 */
export function pollerBackoff(intervalMs: number, maxMs: number): BackoffPolicy {
  return {
    initialMs: 2 * intervalMs,
    factor: 2,
    maxMs,
    jitter: 0,
    giveUpAfterMs: Infinity,
    attemptTimeoutMs: Infinity,
  };
}

/** The delay before retry number `attempt` (1-based) without jitter. */
export function baseDelay(attempt: number, policy: BackoffPolicy = LIVE_BACKOFF): number {
  const n = Math.max(1, Math.floor(attempt));
  // Capping the exponent keeps factor ** (n - 1) finite however long the outage.
  const exponent = Math.min(n - 1, 64);
  return Math.min(policy.maxMs, policy.initialMs * policy.factor ** exponent);
}

/**
 * The delay before retry number `attempt`, jittered by `random` (a number in [0, 1), like
 * Math.random(): 0 → −jitter, 0.5 → none, → 1 → +jitter).
 */
export function backoffDelay(
  attempt: number,
  random: number,
  policy: BackoffPolicy = LIVE_BACKOFF,
): number {
  const r = Math.min(1, Math.max(0, Number.isFinite(random) ? random : 0.5));
  const spread = 1 + policy.jitter * (2 * r - 1);
  return Math.round(baseDelay(attempt, policy) * spread);
}

/** True once an outage that began at `outageSince` has lasted long enough to stop retrying. */
export function shouldGiveUp(
  outageSince: number,
  now: number,
  policy: BackoffPolicy = LIVE_BACKOFF,
): boolean {
  return now - outageSince >= policy.giveUpAfterMs;
}

/**
 * The station log's recorder, reconnecting after the stream dropped: half a second, doubling to
 * 5 s, never given up. A retry while the mount is down fails at once (404), so trying often costs
 * little; and Icecast sends a new listener its last seconds (the burst), so a recorder back within
 * the burst loses nothing of a source that came back.
 */
export const RECORDER_BACKOFF: BackoffPolicy = {
  initialMs: 500,
  factor: 2,
  maxMs: 5_000,
  jitter: 0.2,
  giveUpAfterMs: Infinity,
  attemptTimeoutMs: Infinity,
};
