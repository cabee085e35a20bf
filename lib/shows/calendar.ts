import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import {
  ICalCalendar,
  ICalEventRepeatingFreq,
  ICalWeekday,
  type ICalEventData,
} from 'ical-generator';
import { DAYS, type Day } from '@/lib/schedule/days';
import { listOccurrences, type Occurrence } from '@/lib/schedule/resolve';
import type { Schedule, Show } from '@/lib/schedule/schema';
import { LONDON } from '@/lib/time/london';
import {
  addCalendarDays,
  isoWeekdayIndex,
  londonDateOf,
  londonWallTimeToInstant,
  minutesOf,
  type LondonDate,
} from '@/lib/time/london-calendar';
import { findZoneChange } from '@/lib/time/zone-change';
import { weeklyTimes, type WeeklyTime } from './airings';
import { showPath } from './paths';

/**
 * The schedule in listeners' calendars (iCalendar, RFC 5545), made with ical-generator. Times
 * are London wall-clock times with a VTIMEZONE for Europe/London, so a calendar keeps a show at
 * "11:00pm" across the clock changes, as the station does.
 *
 * Calendars disagree about wall times a clock change makes ambiguous or skips (RFC 5545 says the
 * first of a repeated hour; ical.js, used by Thunderbird, takes the second) and about how long a
 * recurring event lasts across one (exact or nominal duration). So an airing that starts or ends
 * within an hour of a change is written on its own, in UTC, which every calendar reads the same;
 * everything else keeps its wall-clock time.
 *
 * - `/schedule.ics`: every airing of the coming weeks, one event each.
 * - `/shows/<id>.ics`: the show's regular times as weekly rules, each holding from one clock
 *   change (or special) to the next, for a year; and, on their own, its specials, what is left
 *   of an airing a special cut short, and the airings on clock-change nights.
 * @see https://www.rfc-editor.org/rfc/rfc5545#section-3.3.5
 */

export type CalendarSite = { siteUrl: string; stationName: string };

const WEEKDAY: Record<Day, ICalWeekday> = {
  mon: ICalWeekday.MO,
  tue: ICalWeekday.TU,
  wed: ICalWeekday.WE,
  thu: ICalWeekday.TH,
  fri: ICalWeekday.FR,
  sat: ICalWeekday.SA,
  sun: ICalWeekday.SU,
};
const HOUR = 3_600_000;
const SCHEDULE_WEEKS = 4;
const SHOW_WEEKS = 52;

function newCalendar(name: string, description: string) {
  const calendar = new ICalCalendar({
    name,
    description,
    prodId: { company: 'Oldham Reporter', product: 'Station schedule', language: 'EN' },
    // Subscribed calendars look again daily, and so always have the year ahead.
    ttl: 24 * 60 * 60,
  });
  // The generator only: with a calendar-wide zone name, ical-generator writes DTSTAMP as a
  // floating time. Each event names its zone, and the VTIMEZONE is written for it.
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  return calendar;
}

// An hour either side, and a minute more: a wall time of exactly 1:00am on the autumn night is
// itself one of the two.
const NEAR = HOUR + 60_000;

/** True when the clocks change within an hour of `instant`. */
const nearClockChange = (instant: Date) =>
  findZoneChange(new Date(+instant - NEAR), new Date(+instant + NEAR)) !== undefined;

/** Start and end as London wall-clock times, or in UTC near a clock change (see above). */
function when(start: Date, end: Date): Pick<ICalEventData, 'start' | 'end' | 'timezone'> {
  if (nearClockChange(start) || nearClockChange(end)) return { start, end, timezone: null };
  return {
    start: new TZDate(+start, LONDON),
    end: new TZDate(+end, LONDON),
    timezone: LONDON,
  };
}

function about(show: Show, site: CalendarSite, stamp: Date) {
  const presenters = show.presenters.length ? `With ${show.presenters.join(' & ')}. ` : '';
  return {
    summary: show.name,
    description: `${presenters}${show.description}\n\nListen live: ${new URL('/', site.siteUrl)}`,
    location: site.stationName,
    url: new URL(showPath(show.id), site.siteUrl).toString(),
    stamp,
  } satisfies Partial<ICalEventData>;
}

const uid = (site: CalendarSite, showId: string, part: string) =>
  `${showId}-${part}@${new URL(site.siteUrl).host}`;

function airingEvent(occurrence: Occurrence, show: Show, site: CalendarSite, stamp: Date) {
  return {
    ...about(show, site, stamp),
    ...(occurrence.special ? { summary: `${show.name} (special)` } : {}),
    id: uid(site, show.id, occurrence.start.toISOString()),
    ...when(occurrence.start, occurrence.end),
  } satisfies ICalEventData;
}

/** Every airing from the start of `at`'s London day, for `weeks` weeks. */
export function scheduleCalendar(
  schedule: Schedule,
  at: Date,
  site: CalendarSite,
  weeks = SCHEDULE_WEEKS,
): string {
  const today = londonDateOf(at);
  const from = londonWallTimeToInstant(today, 0);
  const to = londonWallTimeToInstant(addCalendarDays(today, weeks * 7), 0);
  const shows = new Map(schedule.shows.map((show) => [show.id, show]));
  const calendar = newCalendar(
    `${site.stationName} schedule`,
    `What's on ${site.stationName}, the next ${weeks} weeks, in UK time.`,
  );
  for (const occurrence of listOccurrences(schedule, from, to)) {
    const show = shows.get(occurrence.showId);
    if (show) calendar.createEvent(airingEvent(occurrence, show, site, at));
  }
  return calendar.toString();
}

/** One show for the year from this week: weekly rules where they hold, the rest one by one. */
export function showCalendar(schedule: Schedule, show: Show, at: Date, site: CalendarSite): string {
  const calendar = newCalendar(
    `${show.name} on ${site.stationName}`,
    `When ${show.name} is on ${site.stationName}, in UK time.`,
  );
  const today = londonDateOf(at);
  const monday = addCalendarDays(today, -isoWeekdayIndex(today));
  const until = addCalendarDays(monday, SHOW_WEEKS * 7 - 1);
  const airings = listOccurrences(
    schedule,
    londonWallTimeToInstant(monday, 0),
    londonWallTimeToInstant(addCalendarDays(until, 2), 0),
  ).filter((occurrence) => {
    const date = londonDateOf(occurrence.start);
    return occurrence.showId === show.id && date >= monday && date <= until;
  });

  const byRule = new Set<Occurrence>();
  for (const time of weeklyTimes(schedule, show.id)) {
    for (const run of weeklyRuns(time, monday, until, airings)) {
      const [first, last] = [run[0]!, run.at(-1)!];
      run.forEach((airing) => byRule.add(airing));
      calendar.createEvent({
        ...about(show, site, at),
        id: uid(site, show.id, `${time.start}-${time.end}-from-${first.start.toISOString()}`),
        ...when(first.start, first.end),
        repeating: {
          freq: ICalEventRepeatingFreq.WEEKLY,
          byDay: time.days.map((day) => WEEKDAY[day]),
          until: last.start,
        },
      });
    }
  }
  for (const airing of airings.filter((airing) => !byRule.has(airing))) {
    calendar.createEvent(airingEvent(airing, show, site, at));
  }
  return calendar.toString();
}

/**
 * The runs of a weekly time that one rule can stand for: the station's airings exactly at that
 * time on each of its days, away from clock changes, with none missing in between. A special
 * that replaces or cuts short an airing, or a clock-change night, ends a run; the next starts
 * after it.
 */
function weeklyRuns(
  time: WeeklyTime,
  from: LondonDate,
  until: LondonDate,
  airings: readonly Occurrence[],
): Occurrence[][] {
  const startMinutes = minutesOf(time.start);
  const endMinutes =
    minutesOf(time.end) <= startMinutes ? minutesOf(time.end) + 24 * 60 : minutesOf(time.end);
  const runs: Occurrence[][] = [[]];
  for (let date = from; date <= until; date = addCalendarDays(date, 1)) {
    if (!time.days.includes(DAYS[isoWeekdayIndex(date)]!)) continue;
    const start = londonWallTimeToInstant(date, startMinutes);
    const end = londonWallTimeToInstant(date, endMinutes);
    const airing = airings.find((o) => !o.special && +o.start === +start && +o.end === +end);
    const regular = airing && !nearClockChange(start) && !nearClockChange(end);
    if (regular) runs.at(-1)!.push(airing);
    else if (runs.at(-1)!.length > 0) runs.push([]);
  }
  return runs.filter((run) => run.length > 0);
}
