import { afterEach, describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  calendarDaysBetween,
  isoWeekdayIndex,
  londonDateOf,
  londonWallTimeToInstant,
  minutesOf,
} from './london-calendar';

const at = (date: string, hhmm: string) =>
  londonWallTimeToInstant(date, minutesOf(hhmm)).toISOString();

const machineZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = machineZone;
});

describe('londonWallTimeToInstant', () => {
  it('reads GMT in winter and BST in summer', () => {
    expect(at('2026-11-27', '23:00')).toBe('2026-11-27T23:00:00.000Z');
    expect(at('2026-06-12', '23:00')).toBe('2026-06-12T22:00:00.000Z');
  });

  it('accepts minutes past the end of the day as the next day', () => {
    expect(londonWallTimeToInstant('2026-11-27', 25 * 60).toISOString()).toBe(
      '2026-11-28T01:00:00.000Z',
    );
    expect(londonWallTimeToInstant('2026-12-31', 26 * 60).toISOString()).toBe(
      '2027-01-01T02:00:00.000Z',
    );
  });

  it.each(['2026-03-29', '2027-03-28'])(
    'moves a time in the spring-forward gap of %s to the end of the gap',
    (date) => {
      expect(at(date, '00:59')).toBe(`${date}T00:59:00.000Z`);
      expect(at(date, '01:00')).toBe(`${date}T01:00:00.000Z`);
      expect(at(date, '01:30')).toBe(`${date}T01:00:00.000Z`);
      expect(at(date, '01:59')).toBe(`${date}T01:00:00.000Z`);
      // 02:00 BST is the same instant as the end of the gap.
      expect(at(date, '02:00')).toBe(`${date}T01:00:00.000Z`);
      expect(at(date, '02:01')).toBe(`${date}T01:01:00.000Z`);
    },
  );

  it.each([
    ['2026-10-25', '2026-10-24'],
    ['2027-10-31', '2027-10-30'],
  ])('takes the first (BST) of a time that happens twice on %s', (date, dayBefore) => {
    expect(at(date, '00:59')).toBe(`${dayBefore}T23:59:00.000Z`);
    expect(at(date, '01:00')).toBe(`${date}T00:00:00.000Z`);
    expect(at(date, '01:59')).toBe(`${date}T00:59:00.000Z`);
    // 02:00 GMT: two real hours after 01:00 BST.
    expect(at(date, '02:00')).toBe(`${date}T02:00:00.000Z`);
  });

  // Each zone converts times of a different year: conversions are remembered once made.
  it.each([
    ['UTC', 0, '2026-10-25', '2026-03-29'],
    ['America/New_York', 300, '2027-10-31', '2027-03-28'],
    ['Europe/London', 0, '2028-10-29', '2028-03-26'],
    ['Asia/Kolkata', -330, '2029-10-28', '2029-03-25'],
    ['Pacific/Kiritimati', -840, '2030-10-27', '2030-03-31'],
  ])(
    'gives the same instants when the machine is in %s',
    (zone, januaryOffset, fallBack, springForward) => {
      process.env.TZ = zone;
      // Proves the machine zone really changed inside this test process.
      expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).toBe(januaryOffset);
      expect(at(fallBack, '01:00')).toBe(`${fallBack}T00:00:00.000Z`);
      expect(at(fallBack, '01:40')).toBe(`${fallBack}T00:40:00.000Z`);
      expect(at(springForward, '01:30')).toBe(`${springForward}T01:00:00.000Z`);
      expect(at(springForward, '12:40')).toBe(`${springForward}T11:40:00.000Z`);
      expect(londonDateOf(new Date('2026-06-12T23:30:00Z'))).toBe('2026-06-13');
    },
  );
});

describe('London calendar dates', () => {
  it('names the London date of an instant, which in summer starts at 23:00 UTC', () => {
    expect(londonDateOf(new Date('2026-11-27T23:59:59Z'))).toBe('2026-11-27');
    expect(londonDateOf(new Date('2026-06-12T22:59:59Z'))).toBe('2026-06-12');
    expect(londonDateOf(new Date('2026-06-12T23:00:00Z'))).toBe('2026-06-13');
  });

  it('adds days across months, years and clock changes', () => {
    expect(addCalendarDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('keeps counting past the year 9999 and before the year 100', () => {
    expect(addCalendarDays('9999-12-31', 1)).toBe('+010000-01-01');
    expect(calendarDaysBetween('9999-12-30', '+010000-01-01')).toBe(2);
    expect(addCalendarDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(calendarDaysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('numbers weekdays from Monday', () => {
    expect(isoWeekdayIndex('2026-11-23')).toBe(0); // Monday
    expect(isoWeekdayIndex('2026-11-27')).toBe(4); // Friday
    expect(isoWeekdayIndex('2026-11-29')).toBe(6); // Sunday
    expect(isoWeekdayIndex('1969-12-29')).toBe(0); // Monday, before the epoch
  });
});
