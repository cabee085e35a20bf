import { afterEach, describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateline,
  formatLondonIso,
  formatLongDate,
  formatTime,
  formatTimeWithZone,
  formatUpdatedAt,
  formatWeekdayOfDate,
  formatZoneAbbr,
  inOneZone,
} from './london';

describe('London dates', () => {
  it('writes summer instants in BST', () => {
    expect(formatDateline(new Date('2025-06-16T11:00:00Z'))).toBe('Mon 16 Jun 2025 12.00 BST');
  });

  it('writes winter instants in GMT', () => {
    expect(formatDateline(new Date('2026-11-28T15:05:00Z'))).toBe('Sat 28 Nov 2026 15.05 GMT');
  });

  it('gives the London date, not the UTC date, just after midnight in summer', () => {
    expect(formatDate(new Date('2025-06-15T23:30:00Z'))).toBe('16 June 2025');
  });

  it('changes zone name exactly at the clock changes of 2026', () => {
    expect(formatDateline(new Date('2026-03-29T00:59:00Z'))).toBe('Sun 29 Mar 2026 00.59 GMT');
    expect(formatDateline(new Date('2026-03-29T01:00:00Z'))).toBe('Sun 29 Mar 2026 02.00 BST');
    expect(formatDateline(new Date('2026-10-25T00:59:00Z'))).toBe('Sun 25 Oct 2026 01.59 BST');
    expect(formatDateline(new Date('2026-10-25T01:00:00Z'))).toBe('Sun 25 Oct 2026 01.00 GMT');
  });
});

const machineZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = machineZone;
});

describe('formatTime', () => {
  it.each([
    ['2026-11-27T23:00:00Z', '11:00pm'],
    ['2026-11-28T01:00:00Z', '1:00am'],
    ['2026-11-27T12:00:00Z', '12:00pm'],
    ['2026-11-27T00:00:00Z', '12:00am'],
    ['2026-11-27T09:05:00Z', '9:05am'],
    ['2026-06-12T22:00:00Z', '11:00pm'],
    ['2026-06-12T23:00:00Z', '12:00am'],
  ])('shows %s as %s in London', (iso, expected) => {
    expect(formatTime(new Date(iso))).toBe(expected);
  });
});

describe('formatZoneAbbr', () => {
  it('names GMT in winter and BST in summer', () => {
    expect(formatZoneAbbr(new Date('2026-11-27T23:00:00Z'))).toBe('GMT');
    expect(formatZoneAbbr(new Date('2026-06-12T22:00:00Z'))).toBe('BST');
  });

  it('switches exactly at the clock changes', () => {
    expect(formatZoneAbbr(new Date('2026-03-29T00:59:59Z'))).toBe('GMT');
    expect(formatZoneAbbr(new Date('2026-03-29T01:00:00Z'))).toBe('BST');
    expect(formatZoneAbbr(new Date('2026-10-25T00:59:59Z'))).toBe('BST');
    expect(formatZoneAbbr(new Date('2026-10-25T01:00:00Z'))).toBe('GMT');
  });
});

describe('formatTimeWithZone and inOneZone', () => {
  it('writes a time with its zone', () => {
    expect(formatTimeWithZone(new Date('2026-12-04T16:00:00Z'))).toBe('4:00pm GMT');
    expect(formatTimeWithZone(new Date('2026-07-01T15:00:00Z'))).toBe('4:00pm BST');
  });

  it('says whether two instants are in one zone, across the October change or not', () => {
    expect(inOneZone(new Date('2026-12-04T23:00:00Z'), new Date('2026-12-05T01:00:00Z'))).toBe(
      true,
    );
    expect(inOneZone(new Date('2026-10-24T22:00:00Z'), new Date('2026-10-25T02:00:00Z'))).toBe(
      false,
    );
  });
});

describe('formatLondonIso', () => {
  it('always writes the offset, +00:00 included', () => {
    expect(formatLondonIso(new Date('2026-11-27T23:00:00Z'))).toBe('2026-11-27T23:00:00+00:00');
    expect(formatLondonIso(new Date('2026-06-12T22:00:00Z'))).toBe('2026-06-12T23:00:00+01:00');
  });
});

describe('whatever zone the machine is in', () => {
  it.each([
    ['America/Los_Angeles', 480],
    ['Asia/Tokyo', -540],
    ['Australia/Lord_Howe', -660],
    ['UTC', 0],
  ])('formats London time when the machine is in %s', (zone, januaryOffset) => {
    process.env.TZ = zone;
    // Proves the machine zone really changed inside this test process.
    expect(new Date('2026-01-15T12:00:00Z').getTimezoneOffset()).toBe(januaryOffset);
    const start = new Date('2026-06-12T22:00:00Z');
    const end = new Date('2026-06-13T00:00:00Z');
    expect(`${formatTime(start)} - ${formatTime(end)}`).toBe('11:00pm - 1:00am');
    expect(formatZoneAbbr(start)).toBe('BST');
    expect(formatLondonIso(end)).toBe('2026-06-13T01:00:00+01:00');
    expect(formatLongDate(end)).toBe('Saturday 13 June');
  });
});

describe('formatWeekdayOfDate', () => {
  it.each([
    ['2026-11-30', 'Mon'],
    ['2026-12-04', 'Fri'],
    ['2026-03-29', 'Sun'], // clocks go forward
    ['2026-10-25', 'Sun'], // clocks go back
  ])('names %s %s', (date, weekday) => {
    expect(formatWeekdayOfDate(date)).toBe(weekday);
  });

  it.each(['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago'])(
    'gives the same weekday when the machine runs in %s',
    (zone) => {
      process.env.TZ = zone;
      expect(['2026-11-30', '2026-06-01', '2026-10-25'].map(formatWeekdayOfDate)).toEqual([
        'Mon',
        'Mon',
        'Sun',
      ]);
    },
  );
});

describe('formatUpdatedAt', () => {
  it('gives the time in London with GMT in winter', () => {
    const at = new Date('2026-11-30T14:05:00Z');
    expect(formatUpdatedAt(at, at)).toBe('2:05pm GMT');
  });

  it('names summer time BST', () => {
    const at = new Date('2026-07-01T13:05:00Z');
    expect(formatUpdatedAt(at, at)).toBe('2:05pm BST');
  });

  it('adds the weekday when it was not today in London', () => {
    const at = new Date('2026-11-29T09:30:00Z');
    expect(formatUpdatedAt(at, new Date('2026-11-30T08:00:00Z'))).toBe('Sun 9:30am GMT');
    // 23:30 UTC on 30 June is already 1 July in London.
    const summerNight = new Date('2026-06-30T23:30:00Z');
    expect(formatUpdatedAt(summerNight, new Date('2026-07-01T08:00:00Z'))).toBe('12:30am BST');
  });
});
