import { formatLondonIso, formatZoneAbbr } from '@/lib/time/london';
import { parseInstantRange, type InstantRange } from '@/lib/time/instant-range';
import type { Span } from './segments';

/**
 * `GET /api/archive?from=…&to=…`, the station log, pure parts: the span asked for (at most 4 hours,
 * a long programme with room either side, and a bound on what one request makes ffmpeg read), the
 * download's name in UK time, and how the gaps are told.
 * @see ../../app/api/archive/route.ts
 */
export const MAX_CUT_HOURS = 4;

export const parseArchiveRange = (
  searchParams: URLSearchParams,
): InstantRange | { error: string } => parseInstantRange(searchParams, MAX_CUT_HOURS);

/**
 * The download's name, the span in UK time: `station-log_2026-12-04_2015-00_to_2045-00_GMT.mp3`;
 * the end's date when it is another day, and each end's zone on the night the clocks change.
 */
export function stationLogFileName(from: Date, to: Date): string {
  // "2026-12-04T20:15:00+00:00": London's wall clock, as every API here writes it.
  const [a, b] = [formatLondonIso(from), formatLondonIso(to)];
  const [zoneA, zoneB] = [formatZoneAbbr(from), formatZoneAbbr(to)];
  const time = (iso: string) => `${iso.slice(11, 13)}${iso.slice(14, 16)}-${iso.slice(17, 19)}`;
  const start = `${a.slice(0, 10)}_${time(a)}${zoneA === zoneB ? '' : `_${zoneA}`}`;
  const end = `${a.slice(0, 10) === b.slice(0, 10) ? '' : `${b.slice(0, 10)}_`}${time(b)}_${zoneB}`;
  return `station-log_${start}_to_${end}.mp3`;
}

/** The gaps as ISO 8601 intervals (`2026-12-04T20:10:05.120Z/2026-12-04T20:10:14.870Z`), for a header. */
export const formatGaps = (gaps: readonly Span[]) =>
  gaps.map((gap) => `${new Date(gap.from).toISOString()}/${new Date(gap.to).toISOString()}`);
