import type { AiringView } from './airing-view';
import { DAYS } from './days';
import { formatLondonIso, formatLongDate } from '@/lib/time/london';
import {
  addCalendarDays,
  calendarDaysBetween,
  isoWeekdayIndex,
  londonDateOf,
  londonWallTimeToInstant,
  minutesOf,
  type LondonDate,
} from '@/lib/time/london-calendar';
import type { Schedule } from './schema';

/**
 * One concrete airing of a show. Two slots of the same show back to back are two occurrences,
 * and a regular show clipped by a special may leave two pieces; neither is merged.
 */
export type Occurrence = {
  showId: string;
  show: string;
  presenters: string[];
  description: string;
  image?: string;
  start: Date;
  end: Date;
  /** A one-off from `overrides`, not the regular week. */
  special: boolean;
};

export type OnAir = { now: Occurrence; next: Occurrence };

export type ScheduleDay = {
  date: LondonDate;
  /** "Today", "Tomorrow", then the long date. */
  label: string;
  /** "Wednesday 2 December". */
  longDate: string;
  /** Occurrences that start on this London date, in order. */
  occurrences: Occurrence[];
};

/** The `now`/`next` shape of `GET /api/on-air`; `id` is the show's, `image` its picture. */
export type OnAirJson = {
  id: string;
  show: string;
  presenter?: string;
  image?: string;
  start: string;
  end: string;
};

type Span = { showId: string; start: number; end: number; special: boolean };

function spanOn(date: LondonDate, start: string, end: string) {
  const from = minutesOf(start);
  const to = minutesOf(end) <= from ? minutesOf(end) + 24 * 60 : minutesOf(end);
  return {
    start: londonWallTimeToInstant(date, from).getTime(),
    end: londonWallTimeToInstant(date, to).getTime(),
  };
}

function datesFrom(first: LondonDate, last: LondonDate): LondonDate[] {
  const count = Math.max(0, calendarDaysBetween(first, last) + 1);
  return Array.from({ length: count }, (_, index) => addCalendarDays(first, index));
}

/** Cuts the parts of a regular span that specials take over. */
function clipAround(span: Span, specials: Span[]): Span[] {
  return specials.reduce(
    (pieces, special) =>
      pieces.flatMap((piece) =>
        piece.end <= special.start || special.end <= piece.start
          ? [piece]
          : [
              { ...piece, end: special.start },
              { ...piece, start: special.end },
            ].filter((part) => part.end > part.start),
      ),
    [span],
  );
}

/**
 * The shows on air during [from, to), overrides applied, in order. For a valid schedule they
 * are contiguous: each ends where the next starts. A show whose wall-clock times collapse to
 * nothing across the spring-forward gap (e.g. 01:00–02:00) does not occur that night.
 */
export function listOccurrences(schedule: Schedule, from: Date, to: Date): Occurrence[] {
  // A slot can run up to a day, so one starting the day before may still be on air at `from`;
  // a special can trim it, so specials are looked at one day further back.
  const first = addCalendarDays(londonDateOf(from), -1);
  const dates = datesFrom(first, londonDateOf(to));
  const specialDates = new Set([addCalendarDays(first, -1), ...dates]);

  const specials: Span[] = schedule.overrides
    .filter((override) => specialDates.has(override.date))
    .map((o) => ({ showId: o.show, special: true, ...spanOn(o.date, o.start, o.end) }));
  const regulars: Span[] = dates.flatMap((date) => {
    const day = DAYS[isoWeekdayIndex(date)];
    return schedule.slots
      .filter((slot) => slot.day === day)
      .map((s) => ({ showId: s.show, special: false, ...spanOn(date, s.start, s.end) }));
  });

  const shows = new Map(schedule.shows.map((show) => [show.id, show]));
  return [...regulars.flatMap((span) => clipAround(span, specials)), ...specials]
    .filter((span) => span.end > span.start && span.end > +from && span.start < +to)
    .sort((a, b) => a.start - b.start)
    .map(({ showId, start, end, special }) => {
      const show = shows.get(showId);
      if (!show) throw new Error(`Unknown show '${showId}' in the schedule`);
      const occurrence: Occurrence = {
        showId,
        show: show.name,
        presenters: [...show.presenters],
        description: show.description,
        start: new Date(start),
        end: new Date(end),
        special,
      };
      if (show.image) occurrence.image = show.image;
      return occurrence;
    });
}

function occurrenceAt(schedule: Schedule, at: Date): Occurrence {
  const occurrence = listOccurrences(schedule, at, new Date(+at + 1)).find(
    ({ start, end }) => +start <= +at && +at < +end,
  );
  if (!occurrence) throw new Error(`Nothing is scheduled at ${at.toISOString()}`);
  return occurrence;
}

/** What is on air at `at`, and what follows it (`next.start` equals `now.end`). */
export function resolveOnAir(schedule: Schedule, at: Date): OnAir {
  const now = occurrenceAt(schedule, at);
  return { now, next: occurrenceAt(schedule, now.end) };
}

/** Seven London days from the day of `at`; a show crossing midnight is listed on its first day. */
export function getWeek(schedule: Schedule, at: Date): ScheduleDay[] {
  const today = londonDateOf(at);
  const dates = Array.from({ length: 7 }, (_, index) => addCalendarDays(today, index));
  const occurrences = listOccurrences(
    schedule,
    londonWallTimeToInstant(today, 0),
    londonWallTimeToInstant(addCalendarDays(today, 7), 0),
  );
  const byDate = new Map<LondonDate, Occurrence[]>();
  for (const occurrence of occurrences) {
    const date = londonDateOf(occurrence.start);
    byDate.set(date, [...(byDate.get(date) ?? []), occurrence]);
  }
  return dates.map((date, index) => {
    const longDate = formatLongDate(londonWallTimeToInstant(date, 12 * 60));
    return {
      date,
      label: index === 0 ? 'Today' : index === 1 ? 'Tomorrow' : longDate,
      longDate,
      occurrences: byDate.get(date) ?? [],
    };
  });
}

/** The public JSON of an occurrence: several presenters are joined with " & ", none omitted. */
export function toOnAirJson(occurrence: Occurrence): OnAirJson {
  const presenter = occurrence.presenters.join(' & ');
  return {
    id: occurrence.showId,
    show: occurrence.show,
    ...(presenter ? { presenter } : {}),
    ...(occurrence.image ? { image: occurrence.image } : {}),
    start: formatLondonIso(occurrence.start),
    end: formatLondonIso(occurrence.end),
  };
}

export const toAiringView = ({ showId, show, image, start, end }: Occurrence): AiringView => ({
  showId,
  show,
  ...(image ? { image } : {}),
  start: start.toISOString(),
  end: end.toISOString(),
});

/**
 * The airings from the one on at `at` to `hours` ahead, and the one after those, so every
 * instant of the span has a "now" and a "next": all the live strip needs to follow the schedule
 * in the browser for that long, a few kilobytes where the schedule file is thirteen.
 */
export function upcomingAirings(schedule: Schedule, at: Date, hours: number): AiringView[] {
  const span = listOccurrences(schedule, at, new Date(+at + hours * 3_600_000));
  const last = span.at(-1);
  const after = last ? listOccurrences(schedule, last.end, new Date(+last.end + 1)) : [];
  return [...span, ...after].map(toAiringView);
}
