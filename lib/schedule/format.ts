import { tzOffset } from '@date-fns/tz';
import { LONDON, londonFormatter as formatter, partsOf } from '@/lib/time/london';

/*
 * Every time on the site is London time, whatever zone the server or the visitor's machine is
 * in. These run in the browser too, so they use Intl with an explicit zone on the instant's
 * timestamp: date-fns `format(…, { in: tz(…) })` printed machine-zone times in Chromium under
 * a faked clock (Playwright's page.clock), and Intl is already in every browser.
 */
const clockTime = formatter({ hour: 'numeric', minute: '2-digit', hourCycle: 'h12' });
const zoneName = formatter({ timeZoneName: 'short' });
const longDate = formatter({ weekday: 'long', day: 'numeric', month: 'long' });
const isoParts = formatter({
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** "11:00pm", "1:00am", "12:00pm" (noon), "12:00am" (midnight), in London. */
export function formatTime(date: Date): string {
  const { hour, minute, dayPeriod = '' } = partsOf(clockTime, date);
  return `${hour}:${minute}${dayPeriod.toLowerCase().replace(/\W/g, '')}`;
}

/** "11:00pm - 1:00am", as the on-air strip shows it. */
export function formatTimeRange(start: Date, end: Date): string {
  return `${formatTime(start)} - ${formatTime(end)}`;
}

/**
 * "GMT" or "BST". Intl rather than date-fns, which only knows offsets ("GMT+1").
 * @see https://tc39.es/ecma402/#sec-datetimeformat-abstracts ("short" timeZoneName)
 */
export function formatZoneAbbr(date: Date): string {
  return partsOf(zoneName, date).timeZoneName ?? 'GMT';
}

/**
 * ISO 8601 with London's offset always spelled out: "2026-11-27T23:00:00+00:00",
 * "2026-06-12T23:00:00+01:00" (never "Z").
 */
export function formatLondonIso(date: Date): string {
  const { year, month, day, hour, minute, second } = partsOf(isoParts, date);
  const offset = tzOffset(LONDON, date);
  const sign = offset < 0 ? '-' : '+';
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const mm = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${sign}${hh}:${mm}`;
}

/** "Friday 27 November", the London date of `date`. */
export function formatLongDate(date: Date): string {
  return longDate.format(date).replace(',', '');
}
