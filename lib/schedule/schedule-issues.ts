import { minutesOf } from '../time/london-calendar';
import { DAYS, DAY_NAMES, type Day } from './days';

export type ScheduleIssue = { path: (string | number)[]; message: string };

type Timed = { start: string; end: string; show: string };

/**
 * What these checks read of a schedule whose structure is already valid (./schema.ts runs them
 * as its last step): written out here, so the two files do not import each other.
 */
type Schedule = {
  shows: { id: string; name: string }[];
  slots: (Timed & { day: Day })[];
  overrides: (Timed & { date: string })[];
};

const DAY_MINUTES = 24 * 60;
const WEEK_MINUTES = 7 * DAY_MINUTES;

/** Minutes a slot lasts; an end at or before its start runs past midnight (00:00–00:00 is 24h). */
const lengthOf = ({ start, end }: Timed) =>
  ((minutesOf(end) - minutesOf(start) + DAY_MINUTES - 1) % DAY_MINUTES) + 1;

const clock = (minutes: number) => {
  const inDay = ((minutes % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  return `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
};

const dayAt = (weekMinute: number): Day => DAYS[Math.floor(weekMinute / DAY_MINUTES) % 7] ?? 'mon';

/** Problems a valid structure can still have: unknown shows, overlaps and gaps in the week. */
export function findScheduleIssues(schedule: Schedule): ScheduleIssue[] {
  const names = new Map<string, string>();
  const issues: ScheduleIssue[] = [];
  schedule.shows.forEach((show, index) => {
    if (names.has(show.id)) {
      issues.push({ path: ['shows', index, 'id'], message: `Duplicate show id '${show.id}'` });
    }
    names.set(show.id, show.name);
  });
  const nameOf = (id: string) => names.get(id) ?? id;

  schedule.slots.forEach((slot, index) => {
    if (!names.has(slot.show)) {
      const when = `${DAY_NAMES[slot.day]} ${slot.start}–${slot.end}`;
      issues.push({
        path: ['slots', index, 'show'],
        message: `Unknown show '${slot.show}' in slot ${when}`,
      });
    }
  });
  schedule.overrides.forEach((override, index) => {
    if (!names.has(override.show)) {
      const when = `${override.date} ${override.start}–${override.end}`;
      issues.push({
        path: ['overrides', index, 'show'],
        message: `Unknown show '${override.show}' in override ${when}`,
      });
    }
  });

  return [...issues, ...findWeekIssues(schedule, nameOf), ...findOverrideIssues(schedule, nameOf)];
}

/** Lays the regular slots on a week of minutes: every minute must have exactly one show. */
function findWeekIssues(schedule: Schedule, nameOf: (id: string) => string): ScheduleIssue[] {
  const issues: ScheduleIssue[] = [];
  const spans = schedule.slots.map((slot) => {
    const start = DAYS.indexOf(slot.day) * DAY_MINUTES + minutesOf(slot.start);
    return { slot, start, end: start + lengthOf(slot) };
  });
  const describe = (slot: Schedule['slots'][number], onDay: Day) => {
    const otherDay = slot.day === onDay ? '' : `${DAY_NAMES[slot.day]} `;
    return `'${nameOf(slot.show)}' ${otherDay}${slot.start}–${slot.end}`;
  };

  spans.forEach((b, index) => {
    for (const a of spans.slice(0, index)) {
      // Sunday night runs into Monday: compare each pair also a week apart.
      const shifted = [-WEEK_MINUTES, 0, WEEK_MINUTES].map((by) => b.start + by);
      const from = shifted.find((start) => start < a.end && a.start < start + b.end - b.start);
      if (from === undefined) continue;
      const day = dayAt((Math.max(a.start, from) + WEEK_MINUTES) % WEEK_MINUTES);
      issues.push({
        path: ['slots', index],
        message: `Overlap on ${DAY_NAMES[day]}: ${describe(a.slot, day)} overlaps ${describe(b.slot, day)}`,
      });
    }
  });

  const covered = new Uint8Array(WEEK_MINUTES);
  for (const { start, end } of spans) {
    for (let minute = start; minute < end; minute++) covered[minute % WEEK_MINUTES] = 1;
  }

  // Walk the week from a covered minute so a gap across Sunday midnight is reported once.
  const origin = covered.indexOf(1);
  if (origin === -1) return issues;
  for (let step = 0; step < WEEK_MINUTES; step++) {
    const at = (origin + step) % WEEK_MINUTES;
    if (covered[at] === 1) continue;
    let length = 0;
    while (step + length < WEEK_MINUTES && covered[(at + length) % WEEK_MINUTES] === 0) length++;
    const end = at + length;
    const message =
      length < DAY_MINUTES
        ? `Gap on ${DAY_NAMES[dayAt(at)]} ${clock(at)}–${clock(end)}`
        : `Gap from ${DAY_NAMES[dayAt(at)]} ${clock(at)} to ${DAY_NAMES[dayAt(end)]} ${clock(end)}`;
    issues.push({ path: ['slots'], message });
    step += length;
  }
  return issues;
}

/** Specials replace regular shows, but two specials at once would be ambiguous. */
function findOverrideIssues(schedule: Schedule, nameOf: (id: string) => string): ScheduleIssue[] {
  const spans = schedule.overrides.map((override) => {
    const start = Date.parse(`${override.date}T00:00:00Z`) / 60_000 + minutesOf(override.start);
    return { start, end: start + lengthOf(override), override };
  });
  const describe = ({ date, start, end, show }: Schedule['overrides'][number]) =>
    `'${nameOf(show)}' ${date} ${start}–${end}`;
  const issues: ScheduleIssue[] = [];
  spans.forEach((a, i) => {
    spans.slice(0, i).forEach((b) => {
      if (a.start < b.end && b.start < a.end) {
        issues.push({
          path: ['overrides', i],
          message: `Overlapping specials: ${describe(b.override)} overlaps ${describe(a.override)}`,
        });
      }
    });
  });
  return issues;
}
