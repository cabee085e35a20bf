import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInProcessBus } from '@/lib/live/bus';
import { readLiveEvent } from '@/lib/live/events';
import { connectRedis } from '@/lib/redis/connection';
import { startTestRedisForFile } from '@/servers/redis-for-vitest';
import type { AlertInput } from './check-alert';
import { createAlertService, type AlertService } from './service';
import { openSharedAlertStore } from './shared-store';
import { openAlertStore } from './store';

/**
 * Alerts kept in SQLite (one instance) and in Redis (several) must behave the same for the same
 * calls: ids, the live list and its order, expiry, removal. Both run here on real stores with the
 * same clock.
 */
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const redis = startTestRedisForFile();
const START = Date.parse('2026-12-02T20:00:00Z');

type Backend = { alerts: AlertService; advance(ms: number): void; close(): void };

const backends: Record<string, () => Promise<Backend>> = {
  sqlite: async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'alerts-both-'));
    let at = START;
    const alerts = createAlertService({
      store: openAlertStore({ dir }),
      bus: createInProcessBus(),
      now: () => new Date(at),
    });
    return {
      alerts,
      advance: (ms) => (at += ms),
      close() {
        alerts.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
  redis: async () => {
    await redis.link().commands.flushall();
    const link = connectRedis(redis.redis().url, { log: () => {} });
    await link.whenUp(10_000);
    let at = START;
    const alerts = createAlertService({
      store: openSharedAlertStore({ link }),
      bus: createInProcessBus(),
      now: () => new Date(at),
    });
    await alerts.ready();
    return {
      alerts,
      advance: (ms) => (at += ms),
      close() {
        alerts.close();
        link.close();
      },
    };
  },
};

const input = (message: string, hours: number): AlertInput => ({
  kind: 'weather',
  message,
  expiresAt: new Date(START + hours * 3_600_000).toISOString(),
});

describe.each(Object.keys(backends))('alerts kept in %s', (name) => {
  let backend: Backend;
  beforeEach(async () => {
    backend = await backends[name]!();
  });
  afterEach(() => backend.close());
  const messages = () => backend.alerts.live().map((alert) => `${alert.id} ${alert.message}`);

  it('gives ids from 1 up and lists the live ones newest first, as created', async () => {
    const first = await backend.alerts.create(input('Ice on the A62', 2));
    expect(first).toEqual({
      id: 1,
      kind: 'weather',
      message: 'Ice on the A62',
      createdAt: new Date(START).toISOString(),
      expiresAt: new Date(START + 2 * 3_600_000).toISOString(),
    });
    await backend.alerts.create({
      ...input('Studio open day', 3),
      kind: 'station',
      url: 'https://example.org/open-day',
    });
    expect(messages()).toEqual(['2 Studio open day', '1 Ice on the A62']);
    expect(backend.alerts.live()[0]).toMatchObject({ url: 'https://example.org/open-day' });
  });

  it('drops an alert from the live list once it expires', async () => {
    await backend.alerts.create(input('Short', 1));
    await backend.alerts.create(input('Long', 3));
    backend.advance(2 * 3_600_000);
    expect(messages()).toEqual(['2 Long']);
  });

  it('removes a live alert once; an unknown or expired one is not removed', async () => {
    await backend.alerts.create(input('Short', 1));
    await backend.alerts.create(input('Long', 3));
    expect(await backend.alerts.remove(2)).toBe(true);
    expect(await backend.alerts.remove(2)).toBe(false);
    expect(await backend.alerts.remove(99)).toBe(false);
    backend.advance(2 * 3_600_000);
    expect(await backend.alerts.remove(1)).toBe(false);
    expect(messages()).toEqual([]);
  });

  it('never reuses the id of a removed alert', async () => {
    await backend.alerts.create(input('One', 1));
    await backend.alerts.remove(1);
    expect((await backend.alerts.create(input('Two', 1))).id).toBe(2);
  });

  it('sends pages the live list as the channel’s alert event', async () => {
    await backend.alerts.create(input('Ice on the A62', 2));
    const frame = new TextDecoder().decode(backend.alerts.frame());
    expect(frame).toMatch(/^event: alert\n/);
    const data = /^data: (.*)$/m.exec(frame)![1]!;
    expect(readLiveEvent('alert', data)?.alerts.map((alert) => alert.message)).toEqual([
      'Ice on the A62',
    ]);
  });
});
