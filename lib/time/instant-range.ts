import { parseInstant } from '@/lib/schedule/on-air-request';

/**
 * `?from=…&to=…` spans of the station's APIs (`/api/plays`, at most a day; `/api/archive`, at
 * most 4 hours): two ISO 8601 instants with an offset, `to` after `from`, at most `maxHours`
 * apart. One reading, so both say the same things in the same words.
 */
export type InstantRange = { from: Date; to: Date };

/** What a refused span is told, with an example of a good one. */
export function instantRangeError(maxHours: number): string {
  return (
    "Give 'from' and 'to' as ISO 8601 instants with a UTC offset, 'to' after 'from' and at most " +
    `${maxHours} hours later, e.g. ?from=2026-12-03T20:00:00Z&to=2026-12-03T21:00:00Z (encode '+' as %2B).`
  );
}

/** `from` and `to`, or the reason they are refused. */
export function parseInstantRange(
  searchParams: URLSearchParams,
  maxHours: number,
): InstantRange | { error: string } {
  const [fromValue, toValue] = [searchParams.get('from'), searchParams.get('to')];
  const from = fromValue === null ? null : parseInstant(fromValue);
  const to = toValue === null ? null : parseInstant(toValue);
  if (!from || !to || +to <= +from) return { error: instantRangeError(maxHours) };
  if (+to - +from > maxHours * 3_600_000) {
    return {
      error: `The span from 'from' to 'to' is over ${maxHours} hours. ${instantRangeError(maxHours)}`,
    };
  }
  return { from, to };
}
