import { afterEach, describe, expect, it } from 'vitest';
import { calendarDateOf, formatUpdatedAt, weekdayOf } from './dates';

const london = 'Europe/London';
const machineZone = process.env.TZ;

describe('weekdayOf', () => {
  afterEach(() => {
    if (machineZone === undefined) delete process.env.TZ;
    else process.env.TZ = machineZone;
  });

  it.each([
    ['2026-11-30', 'Mon'],
    ['2026-12-01', 'Tue'],
    ['2026-12-04', 'Fri'],
    ['2026-03-29', 'Sun'], // clocks go forward
    ['2026-10-25', 'Sun'], // clocks go back
    ['2026-06-01', 'Mon'],
  ])('names %s %s', (date, weekday) => {
    expect(weekdayOf(date, london)).toBe(weekday);
  });

  it.each(['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago'])(
    'gives the same weekday when the machine runs in %s',
    (zone) => {
      process.env.TZ = zone;
      expect(['2026-11-30', '2026-06-01', '2026-10-25'].map((d) => weekdayOf(d, london))).toEqual([
        'Mon',
        'Mon',
        'Sun',
      ]);
    },
  );
});

describe('calendarDateOf', () => {
  it('takes the date in London, not UTC, in summer', () => {
    expect(calendarDateOf(new Date('2026-06-30T23:30:00Z'), london)).toBe('2026-07-01');
  });

  it('is the UTC date in winter', () => {
    expect(calendarDateOf(new Date('2026-11-30T23:30:00Z'), london)).toBe('2026-11-30');
  });
});

describe('formatUpdatedAt', () => {
  it('gives the time in London with GMT in winter', () => {
    const at = new Date('2026-11-30T14:05:00Z');
    expect(formatUpdatedAt(at, at, london)).toBe('2:05pm GMT');
  });

  it('names summer time BST', () => {
    const at = new Date('2026-07-01T13:05:00Z');
    expect(formatUpdatedAt(at, at, london)).toBe('2:05pm BST');
  });

  it('adds the weekday when it was not today', () => {
    const at = new Date('2026-11-29T09:30:00Z');
    expect(formatUpdatedAt(at, new Date('2026-11-30T08:00:00Z'), london)).toBe('Sun 9:30am GMT');
  });
});
