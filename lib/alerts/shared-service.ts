import 'server-only';
import type { Redis } from 'ioredis';
import type { NowPlayingBus } from '@/lib/live/bus';
import { isAlert } from '@/lib/live/events';
import {
  CHANGES_CHANNEL,
  key,
  pause,
  retryWhileUp,
  unlessUnavailable,
  type RedisLink,
} from '@/lib/redis/connection';
import { defineScript } from '@/lib/redis/script';
import { liveAlerts, type Alert } from './alert';
import type { AlertInput } from './check-alert';
import { createAlertAnnouncer, encodeAlertsFrame, type StationAlerts } from './service';

/**
 * Station alerts shared by every instance through Redis: a hash of alerts by id beside a sorted
 * set of their expiries. A post or delete is stored and announced (`{"type":"alerts"}`) in one
 * step; each instance then reloads the list, sends its own pages the frame and revalidates its
 * own cached pages. Each instance times the expiries itself, as the SQLite service does
 * (lib/alerts/service.ts). Reads come from this instance's copy: while Redis is away pages keep
 * the last list, and a post or delete answers 503.
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

const READY_WAIT_MS = 3_000;

export function createSharedAlertService({
  link,
  bus,
  now = () => new Date(),
  onChange = () => {},
}: {
  link: RedisLink;
  bus: NowPlayingBus;
  now?: () => Date;
  onChange?: () => void;
}): StationAlerts & { ready(): Promise<void> } {
  const redis: Redis = link.commands;
  let markLoaded = () => {};
  const firstLoad = new Promise<void>((resolve) => (markLoaded = resolve));
  let copy: Alert[] = [];
  const live = () => liveAlerts(copy, +now()).live.sort((a, b) => b.id - a.id);
  const announcer = createAlertAnnouncer({ bus, live, now, onChange });

  async function reload() {
    let values = await unlessUnavailable(() => redis.hvals(KEYS.alerts));
    const known = live();
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

  // Until it succeeds while connected; if Redis went away again (the link has logged it), the
  // next connection reloads.
  const refresh = () =>
    retryWhileUp(link, reload).then((loaded) => {
      if (!loaded) return;
      markLoaded();
      announcer.announce();
    });
  const stopMessages = link.onMessage((message) => {
    if (message === '{"type":"alerts"}') void refresh();
  });
  // Waited for once, from start-up: with Redis away for longer, requests do not wait again.
  const initialWait = Promise.race([firstLoad, pause(READY_WAIT_MS)]);
  const stopConnected = link.onConnected(() => void refresh());
  if (link.isUp()) void refresh();

  return {
    async create(input: AlertInput) {
      const at = now();
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
    async remove(id: number) {
      const removed = await unlessUnavailable(() =>
        removeScript(redis, [KEYS.alerts, KEYS.expiries], [id, +now(), CHANGES_CHANNEL]),
      );
      if (removed === 1) copy = copy.filter((alert) => alert.id !== id);
      return removed === 1;
    },
    live,
    frame: () => encodeAlertsFrame(live()),
    ready: () => initialWait,
    close() {
      announcer.stop();
      stopMessages();
      stopConnected();
    },
  };
}
