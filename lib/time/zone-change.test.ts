import { describe, expect, it } from 'vitest';
import { findZoneChange } from './zone-change';

const week = (from: string, to: string) => findZoneChange(new Date(from), new Date(to));

describe('findZoneChange', () => {
  it('finds the spring change: 1:00am GMT becomes 2:00am BST', () => {
    expect(week('2026-03-26T00:00:00Z', '2026-04-01T23:00:00Z')).toEqual({
      at: new Date('2026-03-29T01:00:00Z'),
      direction: 'forward',
      from: 'GMT',
      to: 'BST',
      clockReads: '1:00am',
    });
  });

  it('finds the autumn change: 2:00am BST becomes 1:00am GMT', () => {
    expect(week('2026-10-20T23:00:00Z', '2026-10-28T00:00:00Z')).toEqual({
      at: new Date('2026-10-25T01:00:00Z'),
      direction: 'back',
      from: 'BST',
      to: 'GMT',
      clockReads: '2:00am',
    });
  });

  it('finds nothing in a week without a change', () => {
    expect(week('2026-11-28T00:00:00Z', '2026-12-05T00:00:00Z')).toBeUndefined();
    expect(week('2026-07-01T23:00:00Z', '2026-07-08T23:00:00Z')).toBeUndefined();
  });

  it('finds a change at the very start of the span, and none just after its end', () => {
    expect(week('2026-03-29T01:00:00Z', '2026-03-30T00:00:00Z')).toBeUndefined();
    expect(week('2026-03-29T00:59:00Z', '2026-03-30T00:00:00Z')?.at).toEqual(
      new Date('2026-03-29T01:00:00Z'),
    );
    expect(week('2026-03-28T00:00:00Z', '2026-03-29T01:00:00Z')).toBeUndefined();
  });

  it('finds it in spans of any length and alignment, down to a few minutes', () => {
    for (const [from, to] of [
      ['2026-10-24T23:59:00Z', '2026-10-25T01:01:00.001Z'],
      ['2026-10-25T00:59:30.5Z', '2026-10-25T01:01:10Z'],
      ['2026-10-25T00:59:59.999Z', '2026-10-25T01:00:00.001Z'],
      ['2026-03-29T00:30:00.123Z', '2026-03-29T01:30:00.456Z'],
    ]) {
      const change = week(from!, to!);
      expect(change?.at.toISOString().slice(11, 19), `${from} to ${to}`).toBe('01:00:00');
    }
  });
});
