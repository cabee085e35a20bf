import { segmentEnd, type Segment } from './segments';

/**
 * What the station log keeps, pure: everything for `days` (ARCHIVE_DAYS, 42 by default), then
 * deleted on time; and under a disk cap (ARCHIVE_MAX_GB), the oldest first — but never the last
 * 24 hours, the audio a complaint about last night needs. Deleting audio younger than `days` to
 * stay under the cap shortens what the station can answer for, so it is always a warning; so is a
 * cap the last 24 hours alone exceed. Listen again's episodes share the disk: their bytes count
 * against the cap (they leave on their own days, lib/archive/episode-maker.ts), so a cap keeps the
 * whole archive under it, the log giving way.
 */
export type RetentionPolicy = { days: number; maxBytes: number | null };
export type RetentionDecision = {
  expired: Segment[];
  /** Deleted for the cap, though younger than `days`. */
  overCap: Segment[];
  keptBytes: number;
  /** The start of the oldest audio kept (epoch ms), or null when nothing is. */
  oldestKept: number | null;
  warning: string | null;
};

export const DAY_MS = 86_400_000;
/** Never deleted for the cap: the audio of the last day. */
export const PROTECTED_MS = DAY_MS;

export function decideRetention(
  segments: readonly Segment[],
  now: number,
  { days, maxBytes }: RetentionPolicy,
  /** What else is stored under the cap (the episodes): never deleted here. */
  otherBytes = 0,
): RetentionDecision {
  const cutoff = now - days * DAY_MS;
  const sorted = [...segments].sort((a, b) => a.start - b.start);
  const expired = sorted.filter((segment) => segmentEnd(segment) <= cutoff);
  const kept = sorted.filter((segment) => segmentEnd(segment) > cutoff);
  let keptBytes = kept.reduce((sum, segment) => sum + segment.bytes, 0);
  const overCap: Segment[] = [];
  const warnings: string[] = [];
  if (maxBytes !== null) {
    const room = maxBytes - otherBytes;
    while (keptBytes > room && kept[0] && segmentEnd(kept[0]) <= now - PROTECTED_MS) {
      const oldest = kept.shift()!;
      overCap.push(oldest);
      keptBytes -= oldest.bytes;
    }
    if (overCap.length > 0) {
      const since = kept[0] ? new Date(kept[0].start).toISOString() : 'now';
      warnings.push(
        `the disk cap (ARCHIVE_MAX_GB) deleted audio younger than ${days} days: the station log now begins at ${since}`,
      );
    }
    if (keptBytes > room) {
      const episodes = otherBytes > 0 ? ` with the episodes (${formatGb(otherBytes)})` : '';
      warnings.push(
        `the last 24 hours (${formatGb(keptBytes)})${episodes} are over the disk cap (ARCHIVE_MAX_GB, ${formatGb(maxBytes)}) and are kept all the same`,
      );
    }
  }
  return {
    expired,
    overCap,
    keptBytes,
    oldestKept: kept[0]?.start ?? null,
    warning: warnings.length > 0 ? warnings.join('; ') : null,
  };
}

const formatGb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;
