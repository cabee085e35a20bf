import { tzOffset } from '@date-fns/tz/tzOffset';
// The station's clock: schedules are written in its wall-clock time.
import { LONDON } from './london';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A calendar date in London, `yyyy-MM-dd`. */
export type LondonDate = string;

/** Minutes after midnight of an `HH:MM` wall-clock time. */
export function minutesOf(hhmm: string): number {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return hours * 60 + minutes;
}

const offsetAt = (time: number) => tzOffset(LONDON, new Date(time));

// The date part of an ISO string; years past 9999 are longer ("+010000-01-01").
const dateOf = (time: number) => new Date(time).toISOString().split('T')[0] ?? '';

/** The London calendar date on which `instant` falls. */
export function londonDateOf(instant: Date): LondonDate {
  return dateOf(+instant + offsetAt(+instant) * MINUTE);
}

const dayNumber = (date: LondonDate) => {
  // Split on the last two hyphens: past 9999 ISO years are signed ("+010000-01-01").
  const [, year = '0', month = '1', day = '1'] = /^(.+)-(\d\d)-(\d\d)$/.exec(date) ?? [];
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  return new Date(0).setUTCFullYear(Number(year), Number(month) - 1, Number(day)) / DAY;
};

/** Pure calendar arithmetic: no clock or zone is involved, so DST cannot shift the day. */
export function addCalendarDays(date: LondonDate, days: number): LondonDate {
  return dateOf((dayNumber(date) + days) * DAY);
}

/** How many days from one date to another: 1 from a date to the next. */
export function calendarDaysBetween(from: LondonDate, to: LondonDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Monday … 6 = Sunday (ISO order, as the schedule lists days). */
export function isoWeekdayIndex(date: LondonDate): number {
  // Day 0 of the epoch, 1 January 1970, was a Thursday (index 3).
  return (((dayNumber(date) + 3) % 7) + 7) % 7;
}

// Each conversion asks Intl for offsets, which is slow next to everything else here; the
// station's week repeats the same few hundred (date, time) pairs, so remember them.
const instants = new Map<string, number>();

/**
 * The instant at which London's clocks read `minutes` after midnight on `date`
 * (`minutes` may exceed a day: 25:00 is 01:00 the next day).
 *
 * We do not use `new TZDate(y, m, d, h, min, zone)` for this: @date-fns/tz 1.5 moves a time in
 * the spring-forward gap forward by the gap's length (01:30 → 02:30 BST) and resolves a time
 * that happens twice differently depending on the machine's own zone. The rules here are fixed:
 * - a wall time that happens twice (autumn, 01:00–01:59) means its FIRST occurrence (BST);
 * - a wall time that never happens (spring, 01:00–01:59) means the first instant after the gap
 *   (01:00 GMT, which London calls 02:00 BST).
 * @see ./README.md "Clock changes"
 */
export function londonWallTimeToInstant(date: LondonDate, minutes: number): Date {
  const key = `${date} ${minutes}`;
  let time = instants.get(key);
  if (time === undefined) {
    if (instants.size >= 10_000) instants.clear();
    time = convertWallTime(date, minutes);
    instants.set(key, time);
  }
  return new Date(time);
}

function convertWallTime(date: LondonDate, minutes: number): number {
  // The wall-clock reading as if London were on UTC; the real instant is this minus the offset.
  const naive = dayNumber(date) * DAY + minutes * MINUTE;
  const offsetBefore = offsetAt(naive - DAY);
  const offsetAfter = offsetAt(naive + DAY);
  // No clock change within a day either side (London changes twice a year): one answer.
  if (offsetBefore === offsetAfter) return naive - offsetBefore * MINUTE;
  const candidates = [offsetBefore, offsetAfter]
    .map((offset) => naive - offset * MINUTE)
    .filter((time) => offsetAt(time) * MINUTE === naive - time);
  if (candidates.length > 0) return Math.min(...candidates);

  // In the gap: find the transition, the first instant on the new offset. Search to the
  // millisecond: not every zone's changes fall on a whole minute (London's 1847 one did not).
  let before = naive - offsetAfter * MINUTE;
  let after = naive - offsetBefore * MINUTE;
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (offsetAt(middle) === offsetAfter) after = middle;
    else before = middle;
  }
  return after;
}

/** The next London midnight after `at`: when "today" moves on. */
export function nextLondonMidnight(at: Date): Date {
  return londonWallTimeToInstant(addCalendarDays(londonDateOf(at), 1), 0);
}
