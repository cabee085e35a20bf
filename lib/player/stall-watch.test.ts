import { describe, expect, it } from 'vitest';
import { hasStalled, noteProgress } from './stall-watch';

describe('the stall watch', () => {
  it('stalls when the position has not moved for 8 s', () => {
    let last = noteProgress(null, 1, 0);
    last = noteProgress(last, 2, 1_000);
    last = noteProgress(last, 2, 5_000);
    expect(hasStalled(last, 8_999)).toBe(false);
    expect(hasStalled(last, 9_000)).toBe(true);
  });

  it('counts a new connection starting again near 0 as progress', () => {
    const last = noteProgress({ position: 30, at: 0 }, 0.2, 4_000);
    expect(last).toEqual({ position: 0.2, at: 4_000 });
    expect(hasStalled(null, 1e9)).toBe(false);
  });
});
