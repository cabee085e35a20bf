import { describe, expect, it } from 'vitest';
import { startTestRedisForFile } from '@/servers/redis-for-vitest';
import { createRateLimiter } from './rate-limit';
import { createSharedRateLimiter } from './shared-rate-limit';

const server = startTestRedisForFile();

const limiter = (name: string, capacity: number) =>
  createSharedRateLimiter({
    redis: server.link().commands,
    name,
    capacity,
    perMinute: 6,
    fallback: createRateLimiter({ capacity: 1, perMinute: 1 }),
  });

describe('the shared rate limit', () => {
  it('gives a client one allowance across instances', async () => {
    const a = limiter('shared', 3);
    const b = limiter('shared', 3);
    const results = [
      await a.take('192.0.2.1'),
      await b.take('192.0.2.1'),
      await a.take('192.0.2.1'),
      await b.take('192.0.2.1'),
    ];
    expect(results.map((result) => result.ok)).toEqual([true, true, true, false]);
    // 6 a minute: one every 10 s.
    expect(results[3]).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(await a.take('192.0.2.2')).toEqual({ ok: true });
  });

  it('keeps no bucket longer than it takes to fill up again', async () => {
    await limiter('expiry', 2).take('192.0.2.3');
    const ttl = await server.link().commands.pttl('oldham-reporter:rate-limit:expiry:192.0.2.3');
    expect(ttl).toBeGreaterThan(15_000);
    expect(ttl).toBeLessThanOrEqual(20_000);
  });

  it('falls back to this process’s limiter while Redis is down', async () => {
    const shared = limiter('outage', 100);
    await server.redis().halt();
    try {
      expect(await shared.take('192.0.2.4')).toEqual({ ok: true });
      expect((await shared.take('192.0.2.4')).ok).toBe(false);
    } finally {
      await server.redis().start();
    }
  });
});
