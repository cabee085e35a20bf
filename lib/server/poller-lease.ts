import 'server-only';
import type { Redis } from 'ioredis';
import { defineScript } from '@/lib/redis/script';
import { PLAY_KEYS } from '@/lib/now-playing/shared-store';

/**
 * With several instances, exactly one polls Icecast/AzuraCast: the one holding a lease in Redis
 * (`SET NX PX`), which it renews every `renewEveryMs`. A holder that dies stops renewing, the
 * lease runs out after `ttlMs`, and another instance takes it at its next try; one that shuts
 * down gives it up at once. A holder that cannot renew (Redis away) stops polling once its lease
 * would have run out, since another may hold it by then. The record script checks the lease on
 * every poller write too (lib/now-playing/shared-plays-scripts.ts), so even a holder paused past
 * its lease cannot add a play.
 */
export type PollerLease = { holding(): boolean; stop(): Promise<void> };

export const LEASE_TTL_MS = 5_000;
export const LEASE_RENEW_MS = 1_500;

// KEYS: lease; ARGV: holder, ttl. 1 when this holder has the lease (taken, or renewed).
const takeOrRenew = defineScript(`
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0
`);

// Sent whole (EVAL, not by SHA-1): at shutdown there may be no time for a second round trip.
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

export function startPollerLease({
  redis,
  holder,
  onAcquired,
  onLost,
  ttlMs = LEASE_TTL_MS,
  renewEveryMs = LEASE_RENEW_MS,
  now = Date.now,
  log = (message: string) => console.warn(message),
}: {
  redis: Redis;
  /** This instance's id. */
  holder: string;
  onAcquired: () => void;
  onLost: () => void;
  ttlMs?: number;
  renewEveryMs?: number;
  now?: () => number;
  log?: (message: string) => void;
}): PollerLease {
  let held = false;
  let heldUntil = 0;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function lose(why: string) {
    if (!held) return;
    held = false;
    log(`[now-playing] not polling on this instance: ${why}`);
    onLost();
  }

  async function tick() {
    const asked = now();
    try {
      const mine = (await takeOrRenew(redis, [PLAY_KEYS.lease], [holder, ttlMs])) === 1;
      if (stopped) return;
      if (mine) {
        heldUntil = asked + ttlMs;
        if (!held) {
          held = true;
          log('[now-playing] this instance polls the station (it holds the poller lease)');
          onAcquired();
        }
      } else {
        lose('another instance holds the poller lease');
      }
    } catch {
      // Redis away: keep polling while the lease we last had cannot have run out.
      if (held && now() >= heldUntil) lose('the poller lease could not be renewed');
    }
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => void tick().finally(schedule), renewEveryMs);
    timer.unref?.();
  }
  void tick().finally(schedule);

  return {
    holding: () => held,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      if (held) {
        held = false;
        onLost();
        await redis.eval(RELEASE, 1, PLAY_KEYS.lease, holder).catch(() => {});
      }
    },
  };
}
