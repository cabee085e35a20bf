import 'server-only';
import type { Redis } from 'ioredis';
import { isAlert } from '@/lib/live/events';
import { CHANGES_CHANNEL, key, unlessUnavailable, type RedisLink } from '@/lib/redis/connection';
import { followShared } from '@/lib/redis/follow';
import { defineScript } from '@/lib/redis/script';
import { createChanges } from '@/lib/storage/changes';
import { liveAlerts, type Alert } from './alert';
import type { AlertStore } from './store';

/**
 * Station alerts shared by every instance through Redis: a hash of alerts by id beside a sorted
 * set of their expiries. A post or delete is stored and announced (`{"type":"alerts"}`) in one
 * step; each instance then reloads the list and tells its service (lib/alerts/service.ts), which
 * sends its own pages the frame and revalidates its own cached pages. Reads come from this
 * instance's copy: while Redis is away pages keep the last list, and a post or delete answers 503
 * (StoreUnavailableError).
 */
const KEYS = {
  alerts: key('alerts:by-id'),
  expiries: key('alerts:expiries'),
  nextId: key('alerts:next-id'),
};

// KEYS: alerts, expiries, next id; ARGV: the alert (JSON, no id), its expiry (ms), now (ms), channel
const createScript = defineScript(`
local id = redis.call('INCR', KEYS[3])
local alert = cjson.decode(ARGV[1])
alert.id = id
local encoded = cjson.encode(alert)
redis.call('HSET', KEYS[1], id, encoded)
redis.call('ZADD', KEYS[2], ARGV[2], id)
for _, gone in ipairs(redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[3])) do
  redis.call('HDEL', KEYS[1], gone)
end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[3])
redis.call('PUBLISH', ARGV[4], '{"type":"alerts"}')
return encoded
`);

// KEYS: alerts, expiries; ARGV: id, now (ms), channel. 1 when a live alert was removed.
const removeScript = defineScript(`
local expires = redis.call('ZSCORE', KEYS[2], ARGV[1])
if not expires or tonumber(expires) <= tonumber(ARGV[2]) then return 0 end
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('PUBLISH', ARGV[3], '{"type":"alerts"}')
return 1
`);

// KEYS: alerts, expiries, next id; ARGV: highest id, then id, expiry (ms), JSON for each alert
const seedScript = defineScript(`
if redis.call('EXISTS', KEYS[3]) == 1 then return 0 end
redis.call('SET', KEYS[3], ARGV[1])
for i = 2, #ARGV, 3 do
  redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 2])
  redis.call('ZADD', KEYS[2], ARGV[i + 1], ARGV[i])
end
return 1
`);

const parseAlert = (json: string): Alert | null => {
  try {
    const value: unknown = JSON.parse(json);
    return isAlert(value) ? value : null;
  } catch {
    return null;
  }
};

export function openSharedAlertStore({ link }: { link: RedisLink }): AlertStore {
  const redis: Redis = link.commands;
  const changes = createChanges<void>();
  let copy: Alert[] = [];
  const live = (at: Date) => liveAlerts(copy, +at).live.sort((a, b) => b.id - a.id);

  async function reload() {
    let values = await unlessUnavailable(() => redis.hvals(KEYS.alerts));
    const known = live(new Date());
    if (values.length === 0 && known.length > 0) {
      // Redis lost them (restarted without persistence): put back what this instance knew.
      const args = known.flatMap((alert) => [
        alert.id,
        Date.parse(alert.expiresAt),
        JSON.stringify(alert),
      ]);
      const highest = Math.max(...known.map((alert) => alert.id));
      await unlessUnavailable(() =>
        seedScript(redis, [KEYS.alerts, KEYS.expiries, KEYS.nextId], [highest, ...args]),
      );
      values = await unlessUnavailable(() => redis.hvals(KEYS.alerts));
    }
    copy = values.map(parseAlert).filter((alert): alert is Alert => alert !== null);
  }

  const follow = followShared(link, reload, () => changes.emit());
  const stopMessages = link.onMessage((message) => {
    if (message === '{"type":"alerts"}') void follow.refresh();
  });

  return {
    async create(input, at) {
      const expiresAt = new Date(input.expiresAt);
      const fields = {
        kind: input.kind,
        message: input.message,
        ...(input.url !== undefined ? { url: input.url } : {}),
        createdAt: at.toISOString(),
        expiresAt: expiresAt.toISOString(),
      };
      const json = await unlessUnavailable(() =>
        createScript(
          redis,
          [KEYS.alerts, KEYS.expiries, KEYS.nextId],
          [JSON.stringify(fields), +expiresAt, +at, CHANGES_CHANNEL],
        ),
      );
      const alert = parseAlert(String(json));
      if (!alert) throw new Error('an alert just created cannot be read back');
      // This instance answers with it at once; the announcement brings it to every page.
      copy = [...copy.filter((known) => known.id !== alert.id), alert];
      return { id: alert.id, ...fields };
    },
    async remove(id, at) {
      const removed = await unlessUnavailable(() =>
        removeScript(redis, [KEYS.alerts, KEYS.expiries], [id, +at, CHANGES_CHANNEL]),
      );
      if (removed === 1) copy = copy.filter((alert) => alert.id !== id);
      return removed === 1;
    },
    live,
    onChange: (listener) => changes.subscribe(listener),
    ready: follow.ready,
    close() {
      stopMessages();
      follow.stop();
    },
  };
}
