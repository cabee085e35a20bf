import { describe, expect, it } from 'vitest';
import scheduleJson from '@/content/schedule.json';
import { DAYS } from './days';
import { parseSchedule } from './schema';

const shows = [
  { id: 'daytime', name: 'Daytime', presenters: ['Jo'], description: 'Days.' },
  {
    id: 'late-night-love-songs',
    name: 'Late Night Love Songs',
    presenters: [],
    description: 'Nights.',
  },
  { id: 'drive', name: 'Drive', presenters: [], description: 'Drive.' },
  { id: 'soul-hour', name: 'Soul Hour', presenters: [], description: 'Soul.' },
];

/** A valid week: Daytime 01:00–23:00 and Late Night Love Songs 23:00–01:00 every day. */
const week = () =>
  DAYS.flatMap((day) => [
    { day, start: '01:00', end: '23:00', show: 'daytime' },
    { day, start: '23:00', end: '01:00', show: 'late-night-love-songs' },
  ]);

const errorOf = (json: unknown) => {
  try {
    parseSchedule(json, 'test schedule');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the schedule to be rejected');
};

describe('parseSchedule', () => {
  it("accepts the station's schedule", () => {
    const schedule = parseSchedule(scheduleJson);
    expect(schedule.slots.filter((slot) => slot.show === 'late-night-love-songs')).toHaveLength(7);
    expect(schedule.overrides.length).toBeGreaterThan(0);
  });

  it('defaults overrides to none', () => {
    expect(parseSchedule({ shows, slots: week() }).overrides).toEqual([]);
  });

  it('names the day and both shows of an overlap', () => {
    const slots = week().flatMap((slot) =>
      slot.day === 'fri' && slot.show === 'daytime'
        ? [
            { day: 'fri', start: '01:00', end: '19:00', show: 'daytime' },
            { day: 'fri', start: '16:00', end: '19:00', show: 'drive' },
            { day: 'fri', start: '18:00', end: '19:00', show: 'soul-hour' },
            { day: 'fri', start: '19:00', end: '23:00', show: 'daytime' },
          ]
        : [slot],
    );
    const message = errorOf({ shows, slots });
    expect(message).toContain(
      "Overlap on Friday: 'Daytime' 01:00–19:00 overlaps 'Drive' 16:00–19:00",
    );
    expect(message).toContain(
      "Overlap on Friday: 'Daytime' 01:00–19:00 overlaps 'Soul Hour' 18:00–19:00",
    );
    expect(message).toContain(
      "Overlap on Friday: 'Drive' 16:00–19:00 overlaps 'Soul Hour' 18:00–19:00",
    );
  });

  it('names the starting day of a slot that overlaps past midnight', () => {
    const slots = [...week(), { day: 'sat', start: '00:00', end: '00:30', show: 'drive' }];
    expect(errorOf({ shows, slots })).toContain(
      "Overlap on Saturday: 'Late Night Love Songs' Friday 23:00–01:00 overlaps 'Drive' 00:00–00:30",
    );
  });

  it('names the day and times of a gap', () => {
    const slots = week().map((slot) =>
      slot.day === 'tue' && slot.show === 'daytime' ? { ...slot, start: '06:00' } : slot,
    );
    expect(errorOf({ shows, slots })).toContain('Gap on Tuesday 01:00–06:00');
  });

  it('reports a gap across Sunday midnight once, on the day it starts', () => {
    const slots = week().filter((slot) => !(slot.day === 'sun' && slot.start === '23:00'));
    const message = errorOf({ shows, slots });
    expect(message).toContain('Gap on Sunday 23:00–01:00');
    expect(message.match(/Gap/g)).toHaveLength(1);
  });

  it('describes a gap of a day or more from start to end', () => {
    const slots = week().filter((slot) => slot.day !== 'wed');
    expect(errorOf({ shows, slots })).toContain('Gap from Wednesday 01:00 to Thursday 01:00');
  });

  it('names unknown shows with the slot or special that uses them', () => {
    const slots = week().map((slot) =>
      slot.day === 'fri' && slot.start === '23:00' ? { ...slot, show: 'late-nite' } : slot,
    );
    const overrides = [{ date: '2026-12-25', start: '10:00', end: '12:00', show: 'xmas' }];
    const message = errorOf({ shows, slots, overrides });
    expect(message).toContain("Unknown show 'late-nite' in slot Friday 23:00–01:00");
    expect(message).toContain("Unknown show 'xmas' in override 2026-12-25 10:00–12:00");
  });

  it('rejects specials that overlap each other, including across midnight', () => {
    const overrides = [
      { date: '2026-12-31', start: '21:00', end: '02:00', show: 'drive' },
      { date: '2027-01-01', start: '01:00', end: '03:00', show: 'soul-hour' },
    ];
    expect(errorOf({ shows, slots: week(), overrides })).toContain(
      "Overlapping specials: 'Drive' 2026-12-31 21:00–02:00 overlaps 'Soul Hour' 2027-01-01 01:00–03:00",
    );
  });

  it('rejects duplicate show ids', () => {
    expect(errorOf({ shows: [...shows, shows[0]], slots: week() })).toContain(
      "Duplicate show id 'daytime'",
    );
  });

  it.each([
    [{ day: 'fri', start: '24:00', end: '01:00', show: 'drive' }, 'HH:MM'],
    [{ day: 'fri', start: '9:00', end: '10:00', show: 'drive' }, 'HH:MM'],
    [{ day: 'friday', start: '09:00', end: '10:00', show: 'drive' }, 'slots[14].day'],
    [{ day: 'fri', start: '09:00', end: '10:00', show: 'drive', host: 'Jo' }, 'host'],
  ])('rejects a malformed slot %j', (slot, expected) => {
    expect(errorOf({ shows, slots: [...week(), slot] })).toContain(expected);
  });

  it.each(['2026-02-29', '2026-13-01', '25/12/2026'])('rejects the override date %s', (date) => {
    const overrides = [{ date, start: '10:00', end: '12:00', show: 'drive' }];
    expect(errorOf({ shows, slots: week(), overrides })).toContain('YYYY-MM-DD');
  });

  it('rejects an image outside /images/shows/', () => {
    const withImage = [{ ...shows[0], image: 'https://example.com/a.png' }, ...shows.slice(1)];
    expect(errorOf({ shows: withImage, slots: week() })).toContain('/images/shows/');
  });

  it('says which file is invalid', () => {
    expect(errorOf({ shows, slots: [] })).toMatch(/^Invalid test schedule:/);
  });
});
