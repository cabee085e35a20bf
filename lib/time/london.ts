import { tzOffset } from '@date-fns/tz/tzOffset';

/**
 * The one home of the station's time: every date and time shown to people is in Europe/London,
 * whatever the zone of the server or the reader's computer; summer time is named "BST", winter
 * time "GMT". Formatting is Intl with the zone given explicitly: it runs in the browser too, and
 * date-fns with a zone (a) printed machine-zone times in Chromium under a faked clock, (b) names
 * summer time "GMT+1", and (c) builds a TZDate, whose `super()` call Next.js rejects as an
 * unstable `new Date()` while prerendering a cached page. @date-fns/tz gives the offsets.
 * Calendar arithmetic and wall-clock conversion: ./london-calendar.ts.
 */
export const LONDON = 'Europe/London';

/** An en-GB formatter that always writes London time. */
export const londonFormatter = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: LONDON, ...options });

/**
 * A formatter made on its first use, not when this module loads: the first one a page makes
 * loads the browser's time-zone data (37 ms of main thread here, ~130 ms at a phone's 4× slower
 * CPU; each later one ~1 ms), and islands load this module while they hydrate. They hydrate with
 * times the server wrote (DateTime's `written`), so a page makes none until something changes.
 */
export function lazyFormatter(make: () => Intl.DateTimeFormat): () => Intl.DateTimeFormat {
  let format: Intl.DateTimeFormat | undefined;
  return () => (format ??= make());
}

const datelineFormat = lazyFormatter(() =>
  londonFormatter({
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }),
);
const dateFormat = lazyFormatter(() =>
  londonFormatter({ day: 'numeric', month: 'long', year: 'numeric' }),
);
const clockTime = lazyFormatter(() =>
  londonFormatter({ hour: 'numeric', minute: '2-digit', hourCycle: 'h12' }),
);
const zoneName = lazyFormatter(() => londonFormatter({ timeZoneName: 'short' }));
const longDate = lazyFormatter(() =>
  londonFormatter({ weekday: 'long', day: 'numeric', month: 'long' }),
);
const shortWeekday = lazyFormatter(() => londonFormatter({ weekday: 'short' }));
const shortDate = lazyFormatter(() =>
  londonFormatter({ weekday: 'short', day: 'numeric', month: 'short' }),
);
const isoParts = lazyFormatter(() =>
  londonFormatter({
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }),
);
// A calendar date's weekday is the same in every zone: read it at noon UTC.
const weekdayOfCalendarDate = lazyFormatter(
  () => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short' }),
);

/** The parts of `date` as `format` writes them, by type ("hour", "timeZoneName" …). */
export function partsOf(format: Intl.DateTimeFormat, date: Date) {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of format.formatToParts(date)) parts[type] = value;
  return parts;
}

/** "Mon 16 Jun 2025 10.30 BST": the Guardian's dateline form. */
export function formatDateline(date: Date): string {
  const p = partsOf(datelineFormat(), date);
  return `${p.weekday} ${p.day} ${p.month} ${p.year} ${p.hour}.${p.minute} ${p.timeZoneName}`;
}

/** "16 June 2025": for lists, where the time of day adds nothing. */
export function formatDate(date: Date): string {
  return dateFormat().format(date);
}

/** "11:00pm", "1:00am", "12:00pm" (noon), "12:00am" (midnight), in London. */
export function formatTime(date: Date): string {
  const { hour, minute, dayPeriod = '' } = partsOf(clockTime(), date);
  return `${hour}:${minute}${dayPeriod.toLowerCase().replace(/\W/g, '')}`;
}

/**
 * "GMT" or "BST". Intl rather than date-fns, which only knows offsets ("GMT+1").
 * @see https://tc39.es/ecma402/#sec-datetimeformat-abstracts ("short" timeZoneName)
 */
export function formatZoneAbbr(date: Date): string {
  return partsOf(zoneName(), date).timeZoneName ?? 'GMT';
}

/** "4:00pm GMT": a time that names its zone, where nothing nearby says which. */
export function formatTimeWithZone(date: Date): string {
  return `${formatTime(date)} ${formatZoneAbbr(date)}`;
}

/** Whether two instants are in one London zone (no clock change between them, or two). */
export function inOneZone(a: Date, b: Date): boolean {
  return formatZoneAbbr(a) === formatZoneAbbr(b);
}

/**
 * ISO 8601 with London's offset always spelled out: "2026-11-27T23:00:00+00:00",
 * "2026-06-12T23:00:00+01:00" (never "Z").
 */
export function formatLondonIso(date: Date): string {
  const { year, month, day, hour, minute, second } = partsOf(isoParts(), date);
  const offset = tzOffset(LONDON, date);
  const sign = offset < 0 ? '-' : '+';
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const mm = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${sign}${hh}:${mm}`;
}

/** "Friday 27 November", the London date of `date`. */
export function formatLongDate(date: Date): string {
  return longDate().format(date).replace(',', '');
}

/** "Tue 1 Dec", the London date of `date`, for lists where the year goes without saying. */
export function formatShortDate(date: Date): string {
  return shortDate().format(date).replace(',', '');
}

/** "Mon": the weekday of a calendar date ("2026-11-30"), the same wherever it is read. */
export function formatWeekdayOfDate(date: string): string {
  return weekdayOfCalendarDate().format(new Date(`${date}T12:00:00Z`));
}

/**
 * "2:05pm GMT", or "Sun 2:05pm GMT" when `instant` is not on the same London day as `now`: when
 * something shown was last brought up to date.
 */
export function formatUpdatedAt(instant: Date, now: Date): string {
  const sameDay = formatDate(instant) === formatDate(now);
  const day = sameDay ? '' : `${shortWeekday().format(instant)} `;
  return `${day}${formatTimeWithZone(instant)}`;
}
