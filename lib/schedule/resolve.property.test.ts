import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAYS } from './days';
import { schedule as stationSchedule } from './load';
import { addCalendarDays, londonDateOf } from '@/lib/time/london-calendar';
import { getWeek, listOccurrences, resolveOnAir, type Occurrence } from './resolve';
import { parseSchedule, type Schedule } from './schema';

const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;
const WEEK_MINUTES = 7 * DAY_MINUTES;

// The clock changes of 2026–2028, where the week is most likely to go wrong.
const CLOCK_CHANGES = [
  '2026-03-29T01:00:00Z',
  '2026-10-25T01:00:00Z',
  '2027-03-28T01:00:00Z',
  '2027-10-31T01:00:00Z',
  '2028-03-26T01:00:00Z',
  '2028-10-29T01:00:00Z',
].map((iso) => Date.parse(iso));

const instantArb = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...CLOCK_CHANGES),
      fc.integer({ min: -3 * DAY_MINUTES, max: 3 * DAY_MINUTES }),
    )
    .map(([change, minutes]) => new Date(change + minutes * MINUTE)),
  fc
    .integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2029-01-01T00:00:00Z') })
    .map((time) => new Date(time)),
);

const clock = (minutes: number) => {
  const inDay = minutes % DAY_MINUTES;
  return `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
};

// Slot boundaries anywhere on a quarter hour, often in the early hours of Sunday (clock changes).
const boundaryArb = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: WEEK_MINUTES / 15 - 1 }).map((q) => q * 15), weight: 4 },
  {
    arbitrary: fc.constantFrom(0, 30, 60, 90, 120, 1380).map((m) => 6 * DAY_MINUTES + m),
    weight: 1,
  },
);

/** A regular week cut at random boundaries: no gaps, no overlaps, no slot over 24 hours. */
const weekArb = fc
  .uniqueArray(boundaryArb, { minLength: 1, maxLength: 30 })
  .chain((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const spans: [number, number][] = [];
    sorted.forEach((start, index) => {
      const end = sorted[index + 1] ?? (sorted[0] ?? 0) + WEEK_MINUTES;
      for (let from = start; from < end; from += DAY_MINUTES) {
        spans.push([from, Math.min(from + DAY_MINUTES, end)]);
      }
    });
    return fc.tuple(
      fc.constant(spans),
      fc.array(fc.constantFrom('a', 'b', 'c'), {
        minLength: spans.length,
        maxLength: spans.length,
      }),
    );
  })
  .map(([spans, shows]) =>
    spans.map(([start, end], index) => ({
      day: DAYS[Math.floor(start / DAY_MINUTES) % 7] ?? 'mon',
      start: clock(start),
      end: clock(end % WEEK_MINUTES),
      show: shows[index] ?? 'a',
    })),
  );

// Specials two days apart cannot overlap each other, even when they last a whole day.
const overridesArb = (at: Date) =>
  fc.subarray([-2, 0, 2]).chain((days) =>
    fc.tuple(
      ...days.map((day) =>
        fc
          .record({
            start: fc.integer({ min: 0, max: 95 }),
            length: fc.integer({ min: 1, max: 96 }),
          })
          .map(({ start, length }) => ({
            date: addCalendarDays(londonDateOf(at), day),
            start: clock(start * 15),
            end: clock((start + length) * 15),
            show: 'special',
          })),
      ),
    ),
  );

const shows = ['a', 'b', 'c', 'special'].map((id) => ({
  id,
  name: `Show ${id}`,
  presenters: [],
  description: 'Test.',
}));

const caseArb = fc.tuple(instantArb, weekArb).chain(([at, slots]) =>
  overridesArb(at).map((overrides) => ({
    at,
    schedule: parseSchedule({ shows, slots, overrides }),
  })),
);

/** Where a list of occurrences is not back to back (checked without `expect` per item: speed). */
function breaksIn(occurrences: Occurrence[]): string[] {
  return occurrences.flatMap((occurrence, index) => {
    const previous = occurrences[index - 1];
    const at = `${occurrence.showId} ${occurrence.start.toISOString()}`;
    if (+occurrence.end <= +occurrence.start) return [`empty: ${at}`];
    if (previous && +previous.end !== +occurrence.start) return [`not contiguous: ${at}`];
    return [];
  });
}

function checkInvariants(schedule: Schedule, at: Date) {
  const from = new Date(+at - 2 * DAY_MINUTES * MINUTE);
  const to = new Date(+at + 2 * DAY_MINUTES * MINUTE);
  const occurrences = listOccurrences(schedule, from, to);
  expect(breaksIn(occurrences)).toEqual([]);
  expect(+(occurrences[0]?.start ?? to)).toBeLessThanOrEqual(+from);
  expect(+(occurrences.at(-1)?.end ?? from)).toBeGreaterThanOrEqual(+to);
  expect(occurrences.filter(({ start, end }) => +start <= +at && +at < +end)).toHaveLength(1);

  const { now, next } = resolveOnAir(schedule, at);
  expect(+now.start <= +at && +at < +now.end).toBe(true);
  expect(next.start).toEqual(now.end);
  expect(+next.end).toBeGreaterThan(+next.start);

  const week = getWeek(schedule, at);
  expect(week[0]?.date).toBe(londonDateOf(at));
  const misplaced = week.flatMap((day) =>
    day.occurrences.filter(({ start }) => londonDateOf(start) !== day.date),
  );
  expect(misplaced).toEqual([]);
  expect(breaksIn(week.flatMap((day) => day.occurrences))).toEqual([]);
}

describe('the resolver, for any instant', () => {
  // Each run resolves a few days of shows; Intl's offset lookups make that milliseconds.
  const timeout = 60_000;

  it(
    "keeps the station's week contiguous, with one show on air and the next after it",
    {
      timeout,
    },
    () => {
      fc.assert(
        fc.property(instantArb, (at) => checkInvariants(stationSchedule, at)),
        {
          numRuns: 300,
        },
      );
    },
  );

  it("holds through London's history of clock changes since 1900", { timeout }, () => {
    // Double summer time in the 1940s, BST all year in 1968–71, changes at 02:00 or 03:00.
    const historical = fc
      .integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) })
      .map((time) => new Date(time));
    fc.assert(
      fc.property(historical, (at) => checkInvariants(stationSchedule, at)),
      {
        numRuns: 100,
      },
    );
  });

  it('does the same for any valid week with specials, across clock changes', { timeout }, () => {
    fc.assert(
      fc.property(caseArb, ({ schedule, at }) => checkInvariants(schedule, at)),
      {
        numRuns: 300,
      },
    );
  });
});
