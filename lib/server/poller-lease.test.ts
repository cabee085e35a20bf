import { describe, expect, it, vi } from 'vitest';
import { startTestRedisForFile } from '@/servers/redis-for-vitest';
import { startPollerLease } from './poller-lease';

const server = startTestRedisForFile();

// Short lease times, so the takeovers happen within the test.
function contender(holder: string) {
  const events: string[] = [];
  const lease = startPollerLease({
    redis: server.link().commands,
    holder,
    ttlMs: 600,
    renewEveryMs: 100,
    onAcquired: () => events.push('acquired'),
    onLost: () => events.push('lost'),
    log: () => {},
  });
  return { lease, events };
}

describe('the poller lease', () => {
  it('lets one instance poll, and another take over at once when it shuts down', async () => {
    const first = contender('first');
    await vi.waitFor(() => expect(first.lease.holding()).toBe(true));
    const second = contender('second');
    await new Promise((resolve) => setTimeout(resolve, 800)); // longer than the lease
    expect(second.lease.holding()).toBe(false);
    expect(second.events).toEqual([]);

    await first.lease.stop();
    expect(first.events).toEqual(['acquired', 'lost']);
    await vi.waitFor(() => expect(second.lease.holding()).toBe(true), { timeout: 300 });
    await second.lease.stop();
  });

  it('is taken over once a holder that died stops renewing it', async () => {
    // A holder that died: its lease stays in Redis until it runs out.
    await server.link().commands.set('oldham-reporter:pollers:lease', 'dead', 'PX', 600);
    const survivor = contender('survivor');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(survivor.lease.holding()).toBe(false);
    await vi.waitFor(() => expect(survivor.lease.holding()).toBe(true), { timeout: 1_000 });
    await survivor.lease.stop();
  });

  it('stops polling when it cannot renew before its lease runs out', async () => {
    const holder = contender('holder');
    await vi.waitFor(() => expect(holder.lease.holding()).toBe(true));
    await server.redis().halt();
    try {
      await vi.waitFor(() => expect(holder.events).toEqual(['acquired', 'lost']), {
        timeout: 3_000,
      });
    } finally {
      await server.redis().start();
    }
    await vi.waitFor(() => expect(holder.lease.holding()).toBe(true), { timeout: 5_000 });
    await holder.lease.stop();
  });
});
