import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_TRUSTED_PROXIES, PEER_ADDRESS_HEADER } from '@/lib/http/client-address';
import { createRateLimiter } from '@/lib/http/rate-limit';
import { createInProcessBus } from '@/lib/live/bus';
import { connectRedis, type RedisLink } from '@/lib/redis/connection';
import { startRedisServer, type TestRedis } from '@/servers/redis';
import { handleCreateAlert, handleDeleteAlert } from './handlers';
import { createAlertService } from './service';
import { openSharedAlertStore } from './shared-store';

// A real server restarted and reconnected to, on a machine that may be busy with other steps.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

// Alerts on two instances sharing one real Redis.
let redis: TestRedis;
let links: RedisLink[] = [];
let closers: (() => void)[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis.stop();
});
beforeEach(async () => {
  const cleaner = connectRedis(redis.url, { log: () => {} });
  await cleaner.whenUp(10_000);
  await cleaner.commands.flushall();
  cleaner.close();
});
afterEach(() => {
  closers.forEach((close) => close());
  links.forEach((link) => link.close());
  closers = [];
  links = [];
});

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

async function instance() {
  const link = connectRedis(redis.url, { log: () => {} });
  links.push(link);
  const bus = createInProcessBus();
  const frames: string[] = [];
  bus.subscribe((frame) => {
    const text = new TextDecoder().decode(frame);
    if (!text.startsWith(':')) frames.push(text);
  });
  const onChange = vi.fn();
  const alerts = createAlertService({ store: openSharedAlertStore({ link }), bus, onChange });
  closers.push(() => alerts.close());
  await alerts.ready();
  return { alerts, frames, onChange, link };
}

describe('station alerts shared through Redis', () => {
  it('reach the pages of every instance when posted on one, and leave them when deleted', async () => {
    const a = await instance();
    const b = await instance();
    const alert = await a.alerts.create({
      kind: 'weather',
      message: 'Amber warning for snow',
      expiresAt: inMinutes(60),
    });
    expect(alert).toMatchObject({ id: 1, kind: 'weather', message: 'Amber warning for snow' });
    expect(a.alerts.live()).toEqual([alert]);
    await vi.waitFor(() => expect(b.alerts.live()).toEqual([alert]));
    await vi.waitFor(() => expect(b.frames.at(-1)).toContain('"Amber warning for snow"'));
    expect(b.onChange).toHaveBeenCalled();

    expect(await b.alerts.remove(1)).toBe(true);
    expect(await a.alerts.remove(1)).toBe(false);
    await vi.waitFor(() => expect(a.frames.at(-1)).toBe('event: alert\ndata: {"alerts":[]}\n\n'));
    expect(a.alerts.live()).toEqual([]);
  });

  it('expire on every instance at their time', async () => {
    const a = await instance();
    const b = await instance();
    const expiresAt = new Date(Date.now() + 1_500).toISOString();
    await a.alerts.create({ kind: 'station', message: 'Off air for maintenance', expiresAt });
    await vi.waitFor(() => expect(b.alerts.live()).toHaveLength(1));
    await vi.waitFor(() => expect(b.frames.at(-1)).toBe('event: alert\ndata: {"alerts":[]}\n\n'), {
      timeout: 3_000,
    });
    expect(b.alerts.live()).toEqual([]);
  });

  it('answer 503 with Retry-After while Redis is down, and keep the live list on pages', async () => {
    const a = await instance();
    const deps = {
      token: 'token',
      limiter: createRateLimiter({ capacity: 100 }),
      trustedProxies: NO_TRUSTED_PROXIES,
      alerts: a.alerts,
    };
    const request = (method: string, body?: string) =>
      new Request('http://localhost/api/alerts', {
        method,
        headers: {
          authorization: 'Bearer token',
          'content-type': 'application/json',
          [PEER_ADDRESS_HEADER]: '192.0.2.1',
        },
        body,
      });
    const body = JSON.stringify({
      kind: 'breaking',
      message: 'Road closed',
      expiresAt: inMinutes(30),
    });
    expect((await handleCreateAlert(request('POST', body), deps)).status).toBe(201);
    await redis.halt();
    try {
      await vi.waitFor(() => expect(a.link.isUp()).toBe(false));
      const refused = await handleCreateAlert(request('POST', body), deps);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('5');
      expect(await refused.json()).toMatchObject({ error: expect.any(String) });
      const deleted = await handleDeleteAlert(request('DELETE'), '1', deps);
      expect(deleted.status).toBe(503);
      expect(a.alerts.live()).toHaveLength(1);
    } finally {
      await redis.start();
    }
  });
});
