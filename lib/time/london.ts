/**
 * Dates shown to people are in the station's zone, Europe/London, whatever the zone of the
 * server or the reader's computer; summer time is named "BST", winter time "GMT".
 * (date-fns prints "GMT+1" for summer time, so the zone name comes from Intl.)
 */
export const LONDON = 'Europe/London';

/** An en-GB formatter that always writes London time. */
export const londonFormatter = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: LONDON, ...options });

const datelineFormat = londonFormatter({
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});
const dateFormat = londonFormatter({ day: 'numeric', month: 'long', year: 'numeric' });

/** The parts of `date` as `format` writes them, by type ("hour", "timeZoneName" …). */
export function partsOf(format: Intl.DateTimeFormat, date: Date) {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of format.formatToParts(date)) parts[type] = value;
  return parts;
}

/** "Mon 16 Jun 2025 10.30 BST": the Guardian's dateline form. */
export function formatDateline(date: Date): string {
  const p = partsOf(datelineFormat, date);
  return `${p.weekday} ${p.day} ${p.month} ${p.year} ${p.hour}.${p.minute} ${p.timeZoneName}`;
}

/** "16 June 2025": for lists, where the time of day adds nothing. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}
