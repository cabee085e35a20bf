import { describe, expect, it } from 'vitest';
import { startTestRedisForFile } from '@/servers/redis-for-vitest';
import { createRateLimiter, type RateLimitResult } from './rate-limit';
import { createSharedRateLimiter } from './shared-rate-limit';

/**
 * The ingest's rate limit in this process (one instance) and in Redis (several) must answer the
 * same: the same burst, the same Retry-After, a bucket per client, and the same refill. Real time
 * for both: Redis keeps its buckets on its own clock.
 */
const server = startTestRedisForFile();
const CAPACITY = 3;
const PER_MINUTE = 120; // one every 0.5 s

type Take = (client: string) => RateLimitResult | Promise<RateLimitResult>;
let run = 0;
const limiters: Record<string, () => Take> = {
  memory: () => {
    const limiter = createRateLimiter({ capacity: CAPACITY, perMinute: PER_MINUTE });
    return (client) => limiter.take(client);
  },
  redis: () => {
    const limiter = createSharedRateLimiter({
      redis: server.link().commands,
      name: `both-${++run}`,
      capacity: CAPACITY,
      perMinute: PER_MINUTE,
      // Never used while Redis is up: a limit that refuses everything would show if it were.
      fallback: createRateLimiter({ capacity: 0, perMinute: 0 }),
    });
    return (client) => limiter.take(client);
  },
};

describe.each(Object.keys(limiters))('the rate limit kept in %s', (name) => {
  it('lets a burst of its capacity through, then refuses saying when to come back', async () => {
    const take = limiters[name]!();
    const answers = [];
    for (let i = 0; i <= CAPACITY; i++) answers.push(await take('192.0.2.10'));
    expect(answers).toEqual([
      { ok: true },
      { ok: true },
      { ok: true },
      { ok: false, retryAfterSeconds: 1 },
    ]);
  });

  it('keeps a bucket per client', async () => {
    const take = limiters[name]!();
    for (let i = 0; i < CAPACITY; i++) await take('192.0.2.11');
    expect(await take('192.0.2.11')).toMatchObject({ ok: false });
    expect(await take('192.0.2.12')).toEqual({ ok: true });
  });

  it('refills at its rate', async () => {
    const take = limiters[name]!();
    for (let i = 0; i < CAPACITY; i++) await take('192.0.2.13');
    expect(await take('192.0.2.13')).toMatchObject({ ok: false });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await take('192.0.2.13')).toEqual({ ok: true });
  });
});
