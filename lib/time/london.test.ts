import { describe, expect, it } from 'vitest';
import { formatDate, formatDateline } from './london';

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
