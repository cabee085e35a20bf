import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, baseDelay, LIVE_BACKOFF, pollerBackoff, shouldGiveUp } from './backoff';

const attemptArb = fc.integer({ min: 1, max: 10_000 });
const randomArb = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

describe('backoffDelay', () => {
  it('starts fast and doubles up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 50].map((n) => baseDelay(n))).toEqual([
      500, 1000, 2000, 4000, 5000, 5000, 5000,
    ]);
    expect(backoffDelay(1, 0.5)).toBe(500);
  });

  it('jitters by ±20%', () => {
    expect(backoffDelay(1, 0)).toBe(400);
    expect(backoffDelay(10, 0)).toBe(4000);
    expect(backoffDelay(10, 0.999999)).toBe(6000);
  });

  it('retries often enough to notice a returning source well within 15 s', () => {
    // The player notices the source is back on its next try: the longest wait is 6 s.
    expect(backoffDelay(1_000, 0.999999)).toBeLessThanOrEqual(6_000);
  });

  it('stays within the jitter band around the capped base (property)', () => {
    fc.assert(
      fc.property(attemptArb, randomArb, (attempt, random) => {
        const base = baseDelay(attempt);
        const delay = backoffDelay(attempt, random);
        expect(base).toBeLessThanOrEqual(LIVE_BACKOFF.maxMs);
        expect(delay).toBeGreaterThanOrEqual(Math.floor(base * 0.8));
        expect(delay).toBeLessThanOrEqual(Math.ceil(base * 1.2));
        expect(delay).toBeGreaterThan(0);
      }),
    );
  });

  it('never waits less for a later retry before the cap, whatever the jitter (property)', () => {
    fc.assert(
      fc.property(attemptArb, randomArb, randomArb, (attempt, r1, r2) => {
        expect(baseDelay(attempt + 1)).toBeGreaterThanOrEqual(baseDelay(attempt));
        if (baseDelay(attempt + 1) < LIVE_BACKOFF.maxMs) {
          expect(backoffDelay(attempt + 1, r2)).toBeGreaterThanOrEqual(backoffDelay(attempt, r1));
        }
      }),
    );
  });

  it('survives nonsense input', () => {
    for (const attempt of [0, -3, 1.7, Number.MAX_SAFE_INTEGER]) {
      for (const random of [NaN, -1, 2, Infinity]) {
        const delay = backoffDelay(attempt, random);
        expect(delay).toBeGreaterThanOrEqual(400);
        expect(delay).toBeLessThanOrEqual(6000);
      }
    }
  });
});

describe('shouldGiveUp', () => {
  it('gives up exactly when the outage reaches five minutes (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 45 }),
        fc.integer({ min: 0, max: 60 * 60_000 }),
        (since, elapsed) => {
          expect(shouldGiveUp(since, since + elapsed)).toBe(elapsed >= 5 * 60_000);
        },
      ),
    );
  });
});

describe('a poller’s backoff', () => {
  it('waits twice its interval after a failure, doubling to the cap, and never gives up', () => {
    const policy = pollerBackoff(2_000, 30_000);
    expect([1, 2, 3, 4, 5, 50].map((n) => baseDelay(n, policy))).toEqual([
      4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
    expect(backoffDelay(3, 0, policy)).toBe(16_000);
    expect(shouldGiveUp(0, Number.MAX_SAFE_INTEGER, policy)).toBe(false);
  });
});
