import { describe, expect, it } from 'vitest';
import { DAYS } from './days';
import { formatTime } from '@/lib/time/london';
import { schedule } from './load';
import { listOccurrences, resolveOnAir, toOnAirJson } from './resolve';
import { parseSchedule } from './schema';

const timeRange = (start: Date, end: Date) => `${formatTime(start)} - ${formatTime(end)}`;

const json = (iso: string) => {
  const { now, next } = resolveOnAir(schedule, new Date(iso));
  return { now: toOnAirJson(now), next: toOnAirJson(next) };
};
const range = (iso: string) => {
  const { now } = resolveOnAir(schedule, new Date(iso));
  return timeRange(now.start, now.end);
};

describe('spring forward: 01:00 GMT becomes 02:00 BST', () => {
  it.each([
    ['2026-03-28', '2026-03-29'],
    ['2027-03-27', '2027-03-28'],
  ])("gives Saturday %s's love songs their two hours, ending as the clocks jump", (sat, sun) => {
    expect(json(`${sun}T00:59:59Z`)).toEqual({
      now: {
        id: 'late-night-love-songs',
        show: 'Late Night Love Songs',
        image: '/images/shows/late-night-love-songs.svg',
        start: `${sat}T23:00:00+00:00`,
        end: `${sun}T02:00:00+01:00`,
      },
      next: {
        id: 'overnight-oldham',
        show: 'Overnight Oldham',
        image: '/images/shows/overnight-oldham.svg',
        start: `${sun}T02:00:00+01:00`,
        end: `${sun}T08:00:00+01:00`,
      },
    });
    expect(range(`${sun}T00:59:59Z`)).toBe('11:00pm - 2:00am');
  });

  it.each(['2026-03-29', '2027-03-28'])(
    'starts the overnight show at 01:00 UTC on %s, an hour short',
    (sun) => {
      const { now } = resolveOnAir(schedule, new Date(`${sun}T01:00:00Z`));
      expect(now.show).toBe('Overnight Oldham');
      expect(now.start.toISOString()).toBe(`${sun}T01:00:00.000Z`);
      expect(now.end.toISOString()).toBe(`${sun}T07:00:00.000Z`);
      expect(range(`${sun}T01:00:00Z`)).toBe('2:00am - 8:00am');
    },
  );
});

describe('fall back: 02:00 BST becomes 01:00 GMT', () => {
  it.each([
    ['2026-10-24', '2026-10-25'],
    ['2027-10-30', '2027-10-31'],
  ])("ends Saturday %s's love songs at the first 01:00 (BST)", (sat, sun) => {
    expect(json(`${sat}T23:59:59Z`)).toEqual({
      now: {
        id: 'late-night-love-songs',
        show: 'Late Night Love Songs',
        image: '/images/shows/late-night-love-songs.svg',
        start: `${sat}T23:00:00+01:00`,
        end: `${sun}T01:00:00+01:00`,
      },
      next: {
        id: 'overnight-oldham',
        show: 'Overnight Oldham',
        image: '/images/shows/overnight-oldham.svg',
        start: `${sun}T01:00:00+01:00`,
        end: `${sun}T08:00:00+00:00`,
      },
    });
    expect(range(`${sat}T23:59:59Z`)).toBe('11:00pm - 1:00am');
  });

  it.each(['2026-10-25', '2027-10-31'])(
    'runs the overnight show an hour longer on %s, through both 01:30s',
    (sun) => {
      for (const at of [
        `${sun}T00:00:00Z`,
        `${sun}T00:30:00Z`,
        `${sun}T01:30:00Z`,
        `${sun}T07:59:59Z`,
      ]) {
        const { now } = resolveOnAir(schedule, new Date(at));
        expect(now.show).toBe('Overnight Oldham');
        expect(+now.end - +now.start).toBe(8 * 60 * 60_000);
      }
    },
  );
});

describe('slots whose boundaries fall in the changed hour', () => {
  const edgy = parseSchedule({
    shows: ['before', 'early-hours', 'after'].map((id) => ({
      id,
      name: id,
      presenters: [],
      description: 'Test.',
    })),
    slots: DAYS.flatMap((day) => [
      { day, start: '06:00', end: '01:30', show: 'before' },
      { day, start: '01:30', end: '02:00', show: 'early-hours' },
      { day, start: '02:00', end: '06:00', show: 'after' },
    ]),
  });
  const night = (from: string, to: string) =>
    listOccurrences(edgy, new Date(from), new Date(to)).map(
      (o) =>
        `${o.showId} ${o.start.toISOString().slice(11, 16)}–${o.end.toISOString().slice(11, 16)}`,
    );

  it('drops a slot lying wholly in the spring-forward gap', () => {
    expect(night('2026-03-28T23:00:00Z', '2026-03-29T03:00:00Z')).toEqual([
      'before 06:00–01:00',
      'after 01:00–05:00',
    ]);
  });

  it('ends a slot at the first of two 01:30s when the clocks go back', () => {
    expect(night('2026-10-24T23:00:00Z', '2026-10-25T03:00:00Z')).toEqual([
      'before 05:00–00:30',
      'early-hours 00:30–02:00',
      'after 02:00–06:00',
    ]);
  });
});
