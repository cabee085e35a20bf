import { describe, expect, it } from 'vitest';
import { clientKey, createRateLimiter } from './rate-limit';

describe('createRateLimiter', () => {
  it('allows a burst up to capacity, then refuses with a Retry-After', () => {
    let now = 0;
    const limiter = createRateLimiter({ capacity: 3, perMinute: 30, now: () => now });
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 2 });
    now += 2000;
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
  });

  it('keeps a bucket per key', () => {
    const limiter = createRateLimiter({ capacity: 1, now: () => 0 });
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    expect(limiter.take('b').ok).toBe(true);
  });

  it('forgets the stalest key past maxKeys', () => {
    const limiter = createRateLimiter({ capacity: 1, maxKeys: 2, now: () => 0 });
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    // "a" was evicted, so it starts again with a full bucket; "c" was kept.
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('c').ok).toBe(false);
  });
});

describe('clientKey', () => {
  it('uses the address the nearest proxy appended', () => {
    expect(clientKey(new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' }))).toBe(
      '203.0.113.7',
    );
    expect(clientKey(new Headers({ 'x-forwarded-for': '203.0.113.7' }))).toBe('203.0.113.7');
  });

  it('falls back to X-Real-IP, then to a shared key', () => {
    expect(clientKey(new Headers({ 'x-real-ip': '198.51.100.1' }))).toBe('198.51.100.1');
    expect(clientKey(new Headers())).toBe('unknown');
    expect(clientKey(new Headers({ 'x-forwarded-for': ' , ' }))).toBe('unknown');
  });

  it('bounds the key length', () => {
    expect(clientKey(new Headers({ 'x-forwarded-for': 'x'.repeat(500) }))).toHaveLength(64);
  });
});
