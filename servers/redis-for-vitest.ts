import { afterAll, beforeAll } from 'vitest';
import { connectRedis, type RedisLink } from '@/lib/redis/connection';
import { startRedisServer, type TestRedis } from '@/servers/redis';

/**
 * A real redis-server for this test file (started before its tests, stopped after), and one
 * connection to it that is up before the first test runs.
 */
export function startTestRedisForFile() {
  const state: { redis?: TestRedis; link?: RedisLink } = {};
  beforeAll(async () => {
    state.redis = await startRedisServer();
    state.link = connectRedis(state.redis.url, { log: () => {} });
    await state.link.whenUp(5_000);
  });
  afterAll(async () => {
    state.link?.close();
    await state.redis?.stop();
  });
  return {
    redis: () => state.redis!,
    link: () => state.link!,
  };
}
