/**
 * A token bucket per client: `capacity` requests at once, refilled at `perMinute`. The map of
 * buckets is bounded (least recently used goes first), so a flood of made-up client keys costs
 * memory up to `maxKeys` and no more.
 */
export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };
export type RateLimiter = { take(key: string): RateLimitResult };

type Bucket = { tokens: number; updatedAt: number };

export function createRateLimiter({
  capacity = 30,
  perMinute = 30,
  maxKeys = 10_000,
  now = Date.now,
}: {
  capacity?: number;
  perMinute?: number;
  maxKeys?: number;
  now?: () => number;
} = {}): RateLimiter {
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();

  return {
    take(key) {
      const at = now();
      const bucket = buckets.get(key) ?? { tokens: capacity, updatedAt: at };
      bucket.tokens = Math.min(
        capacity,
        bucket.tokens + Math.max(0, at - bucket.updatedAt) * perMs,
      );
      bucket.updatedAt = at;
      // Re-inserting moves the key to the end of the Map's order: the first key is the stalest.
      buckets.delete(key);
      buckets.set(key, bucket);
      if (buckets.size > maxKeys) {
        const stalest = buckets.keys().next().value;
        if (stalest !== undefined) buckets.delete(stalest);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return {
        ok: false,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)),
      };
    },
  };
}
