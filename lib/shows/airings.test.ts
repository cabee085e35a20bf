import { describe, expect, it } from 'vitest';
import { schedule } from '@/lib/schedule/load';
import { parseSchedule } from '@/lib/schedule/schema';
import { recentShowAirings, upcomingShowAirings, wallTimeLabel, weeklyTimes } from './airings';

describe('weeklyTimes', () => {
  it('groups the days a show airs at the same times, in the order of the week', () => {
    expect(weeklyTimes(schedule, 'late-night-love-songs')).toEqual([
      expect.objectContaining({ label: 'Every day', start: '23:00', end: '01:00' }),
    ]);
  });

  it('names weekdays, weekends and single days as a listener would', () => {
    const test = parseSchedule({
      shows: [
        { id: 'a', name: 'A', presenters: [], description: 'a' },
        { id: 'b', name: 'B', presenters: [], description: 'b' },
      ],
      slots: [
        ...['mon', 'tue', 'wed', 'thu', 'fri'].flatMap((day) => [
          { day, start: '00:00', end: '12:00', show: 'a' },
          { day, start: '12:00', end: '00:00', show: 'b' },
        ]),
        { day: 'sat', start: '00:00', end: '06:00', show: 'a' },
        { day: 'sat', start: '06:00', end: '00:00', show: 'b' },
        { day: 'sun', start: '00:00', end: '06:00', show: 'a' },
        { day: 'sun', start: '06:00', end: '00:00', show: 'b' },
      ],
    });
    expect(weeklyTimes(test, 'a').map(({ label, start, end }) => [label, start, end])).toEqual([
      ['Weekdays', '00:00', '12:00'],
      ['Weekends', '00:00', '06:00'],
    ]);
    expect(weeklyTimes(test, 'b').map(({ label }) => label)).toEqual(['Weekdays', 'Weekends']);
  });

  it('has nothing for a show that is only ever a special', () => {
    expect(weeklyTimes(schedule, 'christmas-day-special')).toEqual([]);
  });
});

describe('wallTimeLabel', () => {
  it('writes wall times as the site does', () => {
    expect(wallTimeLabel('23:00')).toBe('11:00pm');
    expect(wallTimeLabel('00:30')).toBe('12:30am');
    expect(wallTimeLabel('12:00')).toBe('12:00pm');
  });
});

describe('upcomingShowAirings', () => {
  it('starts with the airing on now, and crosses midnight once', () => {
    const at = new Date('2026-12-01T23:30:00Z'); // Tuesday night, during the show
    const airings = upcomingShowAirings(schedule, 'late-night-love-songs', at);
    expect(airings[0]).toMatchObject({
      start: '2026-12-01T23:00:00.000Z',
      end: '2026-12-02T01:00:00.000Z',
    });
    expect(airings[1]?.start).toBe('2026-12-02T23:00:00.000Z');
    expect(airings).toHaveLength(15);
  });

  it('finds a special months ahead, and nothing for one that has passed', () => {
    const christmas = upcomingShowAirings(
      schedule,
      'christmas-day-special',
      new Date('2026-06-01T12:00:00Z'),
    );
    expect(christmas).toEqual([expect.objectContaining({ start: '2026-12-25T10:00:00.000Z' })]);
    expect(
      upcomingShowAirings(schedule, 'christmas-day-special', new Date('2026-12-26T00:00:00Z')),
    ).toEqual([]);
  });
});

describe('recentShowAirings', () => {
  it('is the latest airings that have begun, newest first', () => {
    const at = new Date('2026-12-02T12:00:00Z');
    expect(
      recentShowAirings(schedule, 'late-night-love-songs', at).map((o) => o.start.toISOString()),
    ).toEqual(['2026-12-01T23:00:00.000Z', '2026-11-30T23:00:00.000Z']);
  });

  it('counts the airing on now', () => {
    const at = new Date('2026-12-01T23:30:00Z');
    expect(recentShowAirings(schedule, 'late-night-love-songs', at)[0]?.start.toISOString()).toBe(
      '2026-12-01T23:00:00.000Z',
    );
  });
});
