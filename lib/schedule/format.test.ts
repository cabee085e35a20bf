import { afterEach, describe, expect, it } from 'vitest';
import {
  formatLondonIso,
  formatLongDate,
  formatTime,
  formatTimeRange,
  formatZoneAbbr,
} from './format';

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

describe('formatTimeRange', () => {
  it('joins the times with a spaced hyphen, as the on-air strip shows them', () => {
    expect(
      formatTimeRange(new Date('2026-11-27T23:00:00Z'), new Date('2026-11-28T01:00:00Z')),
    ).toBe('11:00pm - 1:00am');
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
    expect(formatTimeRange(start, end)).toBe('11:00pm - 1:00am');
    expect(formatZoneAbbr(start)).toBe('BST');
    expect(formatLondonIso(end)).toBe('2026-06-13T01:00:00+01:00');
    expect(formatLongDate(end)).toBe('Saturday 13 June');
  });
});
