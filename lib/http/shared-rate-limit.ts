import 'server-only';
import type { Redis } from 'ioredis';
import { key } from '@/lib/redis/connection';
import { defineScript } from '@/lib/redis/script';
import type { RateLimiter, RateLimitResult } from './rate-limit';

/**
 * The token bucket of lib/http/rate-limit.ts kept in Redis, so a client gets the same allowance
 * however many instances its requests are spread over. Each bucket expires once it would be
 * full again. While Redis cannot be reached, this process's own limiter stands in: a flood is
 * still throttled, and the write behind it answers 503 anyway.
 */
export type SharedRateLimiter = { take(key: string): Promise<RateLimitResult> };

// KEYS: the bucket; ARGV: capacity, tokens per ms, ms until a bucket is full again.
// Redis's own clock: every instance's requests are counted on one time line.
// Returns 0 when taken, else the seconds to wait.
const takeScript = defineScript(`
local capacity, perMs, fullAfter = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(bucket[1]) or capacity
local at = tonumber(bucket[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * perMs)
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
else
  wait = math.max(1, math.ceil((1 - tokens) / perMs / 1000))
end
-- As strings: Redis would cut a Lua number to an integer.
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], fullAfter)
return wait
`);

export function createSharedRateLimiter({
  redis,
  name,
  capacity = 30,
  perMinute = 30,
  fallback,
}: {
  redis: Redis;
  /** Which limit this is (one Redis may hold several). */
  name: string;
  capacity?: number;
  perMinute?: number;
  fallback: RateLimiter;
}): SharedRateLimiter {
  const perMs = perMinute / 60_000;
  const fullAfterMs = Math.ceil(capacity / perMs);
  return {
    async take(client) {
      try {
        const wait = Number(
          await takeScript(
            redis,
            [key(`rate-limit:${name}:${client}`)],
            [capacity, perMs, fullAfterMs],
          ),
        );
        return wait === 0 ? { ok: true } : { ok: false, retryAfterSeconds: wait };
      } catch {
        return fallback.take(client);
      }
    },
  };
}
