/**
 * Dates shown to people are in the station's zone, Europe/London, whatever the zone of the
 * server or the reader's computer; summer time is named "BST", winter time "GMT".
 * (date-fns prints "GMT+1" for summer time, so the zone name comes from Intl.)
 */
export const LONDON = 'Europe/London';

const parts = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: LONDON, ...options });

const datelineFormat = parts({
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});
const dateFormat = parts({ day: 'numeric', month: 'long', year: 'numeric' });

function pick(format: Intl.DateTimeFormat, date: Date) {
  const out: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of format.formatToParts(date)) out[part.type] = part.value;
  return out;
}

/** "Mon 16 Jun 2025 10.30 BST": the Guardian's dateline form. */
export function formatDateline(date: Date): string {
  const p = pick(datelineFormat, date);
  return `${p.weekday} ${p.day} ${p.month} ${p.year} ${p.hour}.${p.minute} ${p.timeZoneName}`;
}

/** "16 June 2025": for lists, where the time of day adds nothing. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}
