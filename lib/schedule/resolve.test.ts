import { describe, expect, it } from 'vitest';
import { formatTime } from '@/lib/time/london';
import { schedule } from './load';
import { onAirFromList } from './airing-view';
import { getWeek, listOccurrences, resolveOnAir, toOnAirJson, upcomingAirings } from './resolve';
import { parseSchedule } from './schema';

const timeRange = (start: Date, end: Date) => `${formatTime(start)} - ${formatTime(end)}`;

const onAirAt = (iso: string) => resolveOnAir(schedule, new Date(iso));
const summary = (iso: string) => {
  const { now, next } = onAirAt(iso);
  return {
    now: `${now.show} ${timeRange(now.start, now.end)}`,
    next: `${next.show} ${timeRange(next.start, next.end)}`,
  };
};

describe('resolveOnAir across midnight', () => {
  // Friday 27 November 2026 is in GMT; Friday 12 June 2026 in BST (London = UTC+1).
  it.each([
    ['GMT', '2026-11-27T22:59:50Z'],
    ['BST', '2026-06-12T21:59:50Z'],
  ])('has the show before Late Night Love Songs on air at Friday 22:59:50 %s', (_, at) => {
    expect(summary(at)).toEqual({
      now: 'The Weekend Warm-Up 9:00pm - 11:00pm',
      next: 'Late Night Love Songs 11:00pm - 1:00am',
    });
  });

  it.each([
    ['23:00:00 GMT', '2026-11-27T23:00:00Z'],
    ['23:59:50 GMT', '2026-11-27T23:59:50Z'],
    ['00:30 Saturday GMT', '2026-11-28T00:30:00Z'],
    ['23:00:00 BST', '2026-06-12T22:00:00Z'],
    ['00:30 Saturday BST', '2026-06-12T23:30:00Z'],
  ])("has Friday's Late Night Love Songs on air at %s", (_, at) => {
    expect(summary(at)).toEqual({
      now: 'Late Night Love Songs 11:00pm - 1:00am',
      next: 'Overnight Oldham 1:00am - 7:00am',
    });
  });

  it('says the night belongs to Friday: it started on Friday 27 November', () => {
    expect(toOnAirJson(onAirAt('2026-11-28T00:30:00Z').now)).toEqual({
      id: 'late-night-love-songs',
      show: 'Late Night Love Songs',
      image: '/images/shows/late-night-love-songs.svg',
      start: '2026-11-27T23:00:00+00:00',
      end: '2026-11-28T01:00:00+00:00',
    });
    expect(toOnAirJson(onAirAt('2026-06-12T23:30:00Z').now)).toMatchObject({
      start: '2026-06-12T23:00:00+01:00',
      end: '2026-06-13T01:00:00+01:00',
    });
  });

  it('moves to the overnight show at 01:00 exactly', () => {
    expect(summary('2026-11-28T01:00:00Z')).toEqual({
      now: 'Overnight Oldham 1:00am - 7:00am',
      next: 'Saturday Breakfast 7:00am - 10:00am',
    });
  });

  it('joins several presenters and omits none', () => {
    expect(toOnAirJson(onAirAt('2026-11-27T16:30:00Z').now).presenter).toBe('Ryan & Aisha');
    expect(toOnAirJson(onAirAt('2026-11-27T23:30:00Z').now)).not.toHaveProperty('presenter');
  });
});

describe('specials', () => {
  it('clips the regular shows around the Christmas Day special', () => {
    const day = getWeek(schedule, new Date('2026-12-25T12:00:00Z'))[0];
    const morning = day?.occurrences
      .slice(1, 5)
      .map((o) => `${o.show} ${timeRange(o.start, o.end)}${o.special ? ' (special)' : ''}`);
    expect(morning).toEqual([
      'Oldham Breakfast 6:00am - 9:00am',
      'The Morning Brew 9:00am - 10:00am',
      'Christmas Day with Gemma & Imran 10:00am - 1:00pm (special)',
      'The Afternoon Session 1:00pm - 4:00pm',
    ]);
  });

  it("runs the New Year's Eve special across midnight, over The Blues Room and the love songs", () => {
    expect(summary('2026-12-31T20:59:59Z').next).toBe("New Year's Eve Party 9:00pm - 2:00am");
    expect(summary('2027-01-01T00:00:00Z')).toEqual({
      now: "New Year's Eve Party 9:00pm - 2:00am",
      next: 'Overnight Oldham 2:00am - 6:00am',
    });
    const night = listOccurrences(
      schedule,
      new Date('2026-12-31T19:00:00Z'),
      new Date('2027-01-01T06:00:00Z'),
    ).map((o) => o.showId);
    expect(night).toEqual(['folk-on-the-moor', 'new-years-eve-party', 'overnight-oldham']);
  });

  it('leaves both ends of a regular show that a special interrupts', () => {
    const clipped = parseSchedule({
      ...schedule,
      overrides: [
        { date: '2026-11-30', start: '10:00', end: '10:30', show: 'meet-the-neighbours' },
      ],
    });
    const morning = listOccurrences(
      clipped,
      new Date('2026-11-30T09:00:00Z'),
      new Date('2026-11-30T12:00:00Z'),
    ).map((o) => `${o.show} ${timeRange(o.start, o.end)}`);
    expect(morning).toEqual([
      'The Morning Brew 9:00am - 10:00am',
      'Meet the Neighbours 10:00am - 10:30am',
      'The Morning Brew 10:30am - 12:00pm',
    ]);
  });
});

describe('getWeek', () => {
  const week = getWeek(schedule, new Date('2026-11-30T23:30:00Z'));

  it('starts today and labels seven days', () => {
    expect(week.map(({ date, label }) => `${date} ${label}`)).toEqual([
      '2026-11-30 Today',
      '2026-12-01 Tomorrow',
      '2026-12-02 Wednesday 2 December',
      '2026-12-03 Thursday 3 December',
      '2026-12-04 Friday 4 December',
      '2026-12-05 Saturday 5 December',
      '2026-12-06 Sunday 6 December',
    ]);
  });

  it('lists a show crossing midnight once, on the day it starts, with its end', () => {
    const [today, tomorrow] = week;
    expect(today?.occurrences.at(-1)?.show).toBe('Late Night Love Songs');
    expect(today?.occurrences.at(-1)?.end.toISOString()).toBe('2026-12-01T01:00:00.000Z');
    expect(tomorrow?.occurrences[0]?.show).toBe('Overnight Oldham');
  });

  it('takes "today" from the London date, which in summer starts at 23:00 UTC', () => {
    expect(getWeek(schedule, new Date('2026-06-12T23:30:00Z'))[0]?.date).toBe('2026-06-13');
  });
});

describe('back-to-back airings of the same show', () => {
  const twice = parseSchedule({
    shows: [{ id: 'music', name: 'Music', presenters: [], description: 'Music.' }],
    slots: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].flatMap((day) => [
      { day, start: '00:00', end: '12:00', show: 'music' },
      { day, start: '12:00', end: '00:00', show: 'music' },
    ]),
  });

  it('keeps them as separate occurrences, so next is the same show', () => {
    const { now, next } = resolveOnAir(twice, new Date('2026-11-27T11:00:00Z'));
    expect(now.end).toEqual(new Date('2026-11-27T12:00:00Z'));
    expect(next).toMatchObject({ show: 'Music', start: now.end });
  });
});

describe('upcomingAirings', () => {
  it('covers the hours ahead, so the browser finds what is on without the schedule file', () => {
    const at = new Date('2026-11-27T22:59:50Z');
    const airings = upcomingAirings(schedule, at, 48);
    expect(airings[0]).toMatchObject({
      showId: 'weekend-warm-up',
      end: '2026-11-27T23:00:00.000Z',
    });
    expect(Date.parse(airings.at(-1)!.end)).toBeGreaterThanOrEqual(+at + 48 * 3_600_000);
    // Every hour of the two days has an answer, the same as the full resolver's.
    for (let t = +at; t < +at + 48 * 3_600_000; t += 17 * 60_000) {
      const fromList = onAirFromList(airings, t);
      const resolved = resolveOnAir(schedule, new Date(t));
      expect(fromList?.now.start).toBe(resolved.now.start.toISOString());
      expect(fromList?.next.showId).toBe(resolved.next.showId);
    }
  });
});
