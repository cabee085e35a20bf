import {
  addCalendarDays,
  calendarDaysBetween,
  londonDateOf,
  londonWallTimeToInstant,
  minutesOf,
  type LondonDate,
} from '@/lib/time/london-calendar';
import {
  formatZoneAbbr,
  inOneZone,
  lazyFormatter,
  londonFormatter,
  partsOf,
} from '@/lib/time/london';
import type { NowPlaying } from '@/lib/now-playing/track';
import type { AiringView } from '@/lib/schedule/airing-view';
import type { PlayShow, PlayWithShow } from './plays';

/**
 * "What was that song?": the plays of one UK day, as /played and /played/YYYY-MM-DD show them.
 * Pure: the page, the API and the browser's time field share it. A day is London's calendar
 * day, so it has 23 hours when the clocks go forward and 25 when they go back, and the hour
 * from 1am happens twice that night.
 * @see ../../docs/architecture.md "What played"
 */

/** How far back /played/YYYY-MM-DD is a page at all (the front door): a bound on what a crawler
 *  can make the server render and keep, well past what 10,000 plays cover (about three weeks). */
export const ROUTED_PAST_DAYS = 400;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `value` as a London calendar date when it is one (`2026-02-30` is not), else null. */
export function parseLondonDate(value: string): LondonDate | null {
  const match = DATE.exec(value);
  if (!match) return null;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? value : null;
}

/** The instants a London day runs between: [midnight, the next midnight). */
export function londonDayBounds(date: LondonDate): { from: Date; to: Date } {
  return {
    from: londonWallTimeToInstant(date, 0),
    to: londonWallTimeToInstant(addCalendarDays(date, 1), 0),
  };
}

/** Whether the front door lets `/played/<date>` through to a render: from 400 days ago to today. */
export function isRoutablePlayedDay(date: string, now: Date): boolean {
  const day = parseLondonDate(date);
  if (!day) return false;
  const age = calendarDaysBetween(day, londonDateOf(now));
  return age >= 0 && age <= ROUTED_PAST_DAYS;
}

/**
 * Where a day stands against the history kept (`firstPlayedAt`, the oldest play, or null before
 * any): `kept` days have a page, empty or not; the rest are a 404 that says why.
 */
export type DayStanding = 'kept' | 'before-history' | 'future';

export function dayStanding(
  date: LondonDate,
  now: Date,
  firstPlayedAt: string | null,
): DayStanding {
  const today = londonDateOf(now);
  if (calendarDaysBetween(today, date) > 0) return 'future';
  if (date === today) return 'kept';
  if (firstPlayedAt === null) return 'before-history';
  return calendarDaysBetween(londonDateOf(new Date(firstPlayedAt)), date) >= 0
    ? 'kept'
    : 'before-history';
}

export type PlayedHour<T> = {
  /** The fragment an hour is linked by: `h-20`, or `h-01-bst` / `h-01-gmt` on a day whose clocks
   *  change (its 1am happens twice in autumn). */
  id: string;
  /** "8pm", or "1am BST" on a day whose clocks change. */
  label: string;
  plays: T[];
};

const hourParts = lazyFormatter(() => londonFormatter({ hour: 'numeric', hourCycle: 'h23' }));

/** The plays of `date` (oldest first) in hours of London's clock, each hour once, in order. */
export function groupByHour<T extends { startedAt: string }>(
  date: LondonDate,
  plays: readonly T[],
): PlayedHour<T>[] {
  const clocksChange = clocksChangeOn(date);
  const hours: PlayedHour<T>[] = [];
  for (const play of plays) {
    const { id, label } = hourOf(new Date(play.startedAt), clocksChange);
    const last = hours.at(-1);
    if (last?.id === id) last.plays.push(play);
    else hours.push({ id, label, plays: [play] });
  }
  return hours;
}

/** Whether London's clocks change on `date` (its hours then say their zone). */
export function clocksChangeOn(date: LondonDate): boolean {
  const { from, to } = londonDayBounds(date);
  return !inOneZone(from, new Date(+to - 1));
}

/** The hour `at` falls in on London's clock: its fragment id and its label. */
export function hourOf(at: Date, clocksChange: boolean): { id: string; label: string } {
  const hour = Number(partsOf(hourParts(), at).hour);
  const zone = formatZoneAbbr(at);
  return clocksChange
    ? { id: `h-${pad(hour)}-${zone.toLowerCase()}`, label: `${hourLabel(hour)} ${zone}` }
    : { id: `h-${pad(hour)}`, label: hourLabel(hour) };
}

/** `/played/<day>#<hour>`: the plays around `at` on its UK day. */
export function playedAtPath(at: Date): string {
  const date = londonDateOf(at);
  return `${playedDayPath(date)}#${hourOf(at, clocksChangeOn(date)).id}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "12am", "1am" … "12pm" … "11pm". */
export const hourLabel = (hour: number) => `${hour % 12 || 12}${hour < 12 ? 'am' : 'pm'}`;

/**
 * The play that was on at `hhmm` on `date`: the last to start at or before that time (a time
 * that happens twice means its first occurrence, as the schedule reads it), else the first of
 * the day. Undefined when nothing was played, or `hhmm` is no time.
 */
export function playAtTime<T extends { startedAt: string }>(
  date: LondonDate,
  plays: readonly T[],
  hhmm: string,
): T | undefined {
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(hhmm)) return undefined;
  const at = +londonWallTimeToInstant(date, minutesOf(hhmm));
  let found: T | undefined;
  for (const play of plays) {
    if (Date.parse(play.startedAt) > at) break;
    found = play;
  }
  return found ?? plays[0];
}

/** The id of a play's row on the page, which the time field moves to. */
export const playRowId = (play: { id: number }) => `play-${play.id}`;

/** The path of a day's own page (not `/played` even when it is today): what a day links to. */
export const playedDayPath = (date: LondonDate) => `/played/${date}`;

/** The airing on at `at` (ms) among a day's airings, for a play that arrives while a page is open. */
export function airingAt<T extends { start: string; end: string }>(
  airings: readonly T[],
  at: number,
): T | undefined {
  return airings.find((airing) => Date.parse(airing.start) <= at && at < Date.parse(airing.end));
}

/** The show of an airing (the schedule's, or an open page's view of it) as a play names it. */
export function showOfAiring(airing: Pick<AiringView, 'showId' | 'show' | 'image'>): PlayShow {
  return { id: airing.showId, name: airing.show, ...(airing.image ? { image: airing.image } : {}) };
}

/**
 * Today's plays as an open page has them: what it was cached with (`initial`, oldest first), and
 * every play pushed since (`received`, newest first) that is a track of `date`, each placed in
 * the show on air as it started. A play sent again (its artwork filled in) replaces its copy.
 */
export function withReceived(
  date: LondonDate,
  initial: readonly PlayWithShow[],
  received: readonly NowPlaying[],
  airings: readonly AiringView[],
): PlayWithShow[] {
  const byId = new Map(initial.map((play) => [play.id, play]));
  for (const play of [...received].reverse()) {
    if (play.offAir || !play.title || londonDateOf(new Date(play.startedAt)) !== date) continue;
    const airing = airingAt(airings, Date.parse(play.startedAt));
    const show = airing ? showOfAiring(airing) : null;
    byId.set(play.id, { ...play, show: byId.get(play.id)?.show ?? show });
  }
  return [...byId.values()].sort(
    (a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt) || a.id - b.id,
  );
}
