import { londonFormatter, partsOf } from '@/lib/time/london';
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

const stamp = londonFormatter({
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});

/**
 * The download's name, the span in UK time: `station-log_2026-12-04_2015-00_to_2045-00_GMT.mp3`;
 * the end's date when it is another day, and each end's zone on the night the clocks change.
 */
export function stationLogFileName(from: Date, to: Date): string {
  const [a, b] = [partsOf(stamp, from), partsOf(stamp, to)];
  const date = (p: typeof a) => `${p.year}-${p.month}-${p.day}`;
  const time = (p: typeof a) => `${p.hour}${p.minute}-${p.second}`;
  const sameZone = a.timeZoneName === b.timeZoneName;
  const start = `${date(a)}_${time(a)}${sameZone ? '' : `_${a.timeZoneName}`}`;
  const end = `${date(a) === date(b) ? '' : `${date(b)}_`}${time(b)}_${b.timeZoneName}`;
  return `station-log_${start}_to_${end}.mp3`;
}

/** The gaps as ISO 8601 intervals (`2026-12-04T20:10:05.120Z/2026-12-04T20:10:14.870Z`), for a header. */
export const formatGaps = (gaps: readonly Span[]) =>
  gaps.map((gap) => `${new Date(gap.from).toISOString()}/${new Date(gap.to).toISOString()}`);
