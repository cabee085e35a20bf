import { tz } from '@date-fns/tz';
import { format, parseISO } from 'date-fns';

/**
 * The short weekday ('Mon') of a calendar date ('2026-11-30') as named in `timeZone`. Parsed
 * in that zone, so the answer never depends on the machine's own zone.
 */
export function weekdayOf(date: string, timeZone: string): string {
  return format(parseISO(date, { in: tz(timeZone) }), 'EEE');
}

/** The calendar date ('yyyy-MM-dd') that an instant falls on in `timeZone`. */
export function calendarDateOf(instant: Date, timeZone: string): string {
  return format(instant, 'yyyy-MM-dd', { in: tz(timeZone) });
}

/**
 * "2:05pm GMT", or "Sun 2:05pm GMT" when the instant is not on the same local day as `now`.
 * The zone comes from Intl because date-fns prints summer time as "GMT+1", not "BST".
 * @see https://github.com/date-fns/tz#time-zone-names
 */
export function formatUpdatedAt(instant: Date, now: Date, timeZone: string): string {
  const time = format(instant, 'h:mmaaa', { in: tz(timeZone) });
  const zone = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const sameDay = calendarDateOf(instant, timeZone) === calendarDateOf(now, timeZone);
  const day = sameDay ? '' : `${format(instant, 'EEE', { in: tz(timeZone) })} `;
  return `${day}${time}${zone ? ` ${zone}` : ''}`;
}
