import { DAYS, DAY_NAMES, type Day } from '@/lib/schedule/days';
import { listOccurrences, toAiringView, type Occurrence } from '@/lib/schedule/resolve';
import type { AiringView } from '@/lib/schedule/airing-view';
import type { Schedule, Show } from '@/lib/schedule/schema';
import { formatTime } from '@/lib/time/london';
import { londonWallTimeToInstant, minutesOf } from '@/lib/time/london-calendar';

/**
 * One programme across time: its regular weekly times, its airings ahead and behind. Pure
 * functions of `(schedule, instant)`, like lib/schedule, on which they build.
 */

const DAY_MS = 24 * 3_600_000;

export function findShow(schedule: Schedule, showId: string): Show | undefined {
  return schedule.shows.find((show) => show.id === showId);
}

/** The airings of one show during [from, to), specials and clipping applied. */
export function showOccurrences(
  schedule: Schedule,
  showId: string,
  from: Date,
  to: Date,
): Occurrence[] {
  return listOccurrences(schedule, from, to).filter((occurrence) => occurrence.showId === showId);
}

/**
 * The airings still to come within `days` (the one on air now included, first), for the "next
 * on" line, which follows them in the browser. Looks as far as the last special if need be, so
 * a one-off months away is still found.
 */
export function upcomingShowAirings(
  schedule: Schedule,
  showId: string,
  at: Date,
  days = 14,
): AiringView[] {
  const found = showOccurrences(schedule, showId, at, new Date(+at + days * DAY_MS));
  if (found.length > 0) return found.map(toAiringView);
  const special = schedule.overrides
    .filter((override) => override.show === showId)
    .map((override) => londonWallTimeToInstant(override.date, minutesOf(override.start)))
    .filter((start) => +start > +at)
    .sort((a, b) => +a - +b)[0];
  if (!special) return [];
  return showOccurrences(schedule, showId, special, new Date(+special + DAY_MS))
    .slice(0, 1)
    .map(toAiringView);
}

/**
 * The show's latest airings that have begun, newest first (the one on air now included): what
 * its page lists the plays of. Looks back `days` days, and to its specials before that.
 */
export function recentShowAirings(
  schedule: Schedule,
  showId: string,
  at: Date,
  count = 2,
  days = 15,
): Occurrence[] {
  return showOccurrences(schedule, showId, new Date(+at - days * DAY_MS), at)
    .filter((occurrence) => +occurrence.start <= +at)
    .reverse()
    .slice(0, count);
}

/** A show's regular time: the days it airs at one start and end. */
export type WeeklyTime = { days: Day[]; start: string; end: string; label: string };

/**
 * "Every day", "Weekdays", "Weekends", "Fridays", "Mondays, Wednesdays and Fridays", each with
 * its times in the station's wall-clock time, in the order of the week.
 */
export function weeklyTimes(schedule: Schedule, showId: string): WeeklyTime[] {
  const groups = new Map<string, WeeklyTime>();
  for (const slot of schedule.slots.filter((slot) => slot.show === showId)) {
    const key = `${slot.start}-${slot.end}`;
    const group = groups.get(key) ?? { days: [], start: slot.start, end: slot.end, label: '' };
    if (!group.days.includes(slot.day)) group.days.push(slot.day);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((group) => {
      const days = DAYS.filter((day) => group.days.includes(day));
      return { ...group, days, label: daysLabel(days) };
    })
    .sort(
      (a, b) =>
        DAYS.indexOf(a.days[0]!) - DAYS.indexOf(b.days[0]!) || a.start.localeCompare(b.start),
    );
}

const WEEKDAYS: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const WEEKEND: readonly Day[] = ['sat', 'sun'];
const same = (a: readonly Day[], b: readonly Day[]) =>
  a.length === b.length && a.every((day, index) => day === b[index]);

function daysLabel(days: Day[]): string {
  if (days.length === 7) return 'Every day';
  if (same(days, WEEKDAYS)) return 'Weekdays';
  if (same(days, WEEKEND)) return 'Weekends';
  const names = days.map((day) => `${DAY_NAMES[day]}s`);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!;
}

/** "Gemma", "Gemma & Imran", "Dean, Carl & Lisa". */
export const joinNames = (names: readonly string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} & ${names.at(-1)}` : (names[0] ?? '');

/** "11:00pm" for a wall-clock "23:00", as the rest of the site writes times. */
export function wallTimeLabel(hhmm: string): string {
  const minutes = minutesOf(hhmm);
  // Any ordinary winter day gives the wall time its usual form; the zone is said beside it.
  return formatTime(londonWallTimeToInstant('2026-01-05', minutes));
}

/**
 * The show's airing that began at `start` and has ended by `at`, if it is one (an episode's
 * address names it by its start): undefined for any other instant.
 */
export function endedAiring(
  schedule: Schedule,
  showId: string,
  start: Date,
  at: Date,
): Occurrence | undefined {
  return showOccurrences(schedule, showId, start, new Date(+start + 1)).find(
    (airing) => +airing.start === +start && +airing.end <= +at,
  );
}
