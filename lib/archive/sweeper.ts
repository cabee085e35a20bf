import { deleteSegments, listAllSegments } from './archive-files';
import { decideRetention, type RetentionPolicy } from './retention';
import type { Segment } from './segments';

/**
 * Runs the retention decision (./retention.ts) on the station log's folder at start and every ten
 * minutes: deletes what is past its days, or over the disk cap, and keeps the figures and the
 * warning for health. The clock is passed in (tests, and a server under a faked clock).
 */
export type SweepStatus = {
  /** The station log's bytes. */
  storedBytes: number;
  /** Listen again's episodes, which share the cap: what `alsoSweep` kept at the last sweep. */
  episodeBytes: number;
  /** The oldest audio kept, ISO; null when there is none. */
  oldest: string | null;
  /** The disk cap's warning (./retention.ts), until a sweep no longer has one. */
  warning: string | null;
  lastSweep: string | null;
};
export type Sweeper = {
  status(): SweepStatus;
  /** A segment the recorder stored since: counted until the next sweep lists it. */
  noteStored(segment: Segment): void;
  sweep(): Promise<void>;
  stop(): void;
};

export const SWEEP_EVERY_MS = 10 * 60_000;

export function startRetentionSweeps({
  dir,
  policy,
  now = Date.now,
  everyMs = SWEEP_EVERY_MS,
  log = (message: string) => console.warn(message),
  alsoSweep,
}: {
  dir: string;
  policy: RetentionPolicy;
  /**
   * What else is deleted on time in the same sweep (listen again's episodes), first: it answers
   * with the bytes it keeps, which count against the disk cap.
   */
  alsoSweep?: (at: number) => Promise<number>;
  now?: () => number;
  everyMs?: number;
  log?: (message: string) => void;
}): Sweeper {
  let status: SweepStatus = {
    storedBytes: 0,
    episodeBytes: 0,
    oldest: null,
    warning: null,
    lastSweep: null,
  };
  let running: Promise<void> | null = null;

  async function sweepOnce() {
    const at = now();
    const episodeBytes = (await alsoSweep?.(at)) ?? 0;
    const decision = decideRetention(await listAllSegments(dir), at, policy, episodeBytes);
    await deleteSegments(dir, [...decision.expired, ...decision.overCap]);
    if (decision.warning && decision.warning !== status.warning)
      log(`[archive] ${decision.warning}`);
    status = {
      storedBytes: decision.keptBytes,
      episodeBytes,
      oldest: decision.oldestKept === null ? null : new Date(decision.oldestKept).toISOString(),
      warning: decision.warning,
      lastSweep: new Date(at).toISOString(),
    };
  }

  const sweep = () =>
    (running ??= sweepOnce()
      .catch((error: Error) => log(`[archive] retention sweep failed: ${error.message}`))
      .finally(() => (running = null)));

  void sweep();
  const timer = setInterval(() => void sweep(), everyMs);
  timer.unref?.();
  return {
    status: () => status,
    noteStored(segment) {
      status = {
        ...status,
        storedBytes: status.storedBytes + segment.bytes,
        oldest: status.oldest ?? new Date(segment.start).toISOString(),
      };
    },
    sweep,
    stop: () => clearInterval(timer),
  };
}
