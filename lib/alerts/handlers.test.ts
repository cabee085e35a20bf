import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_TRUSTED_PROXIES, PEER_ADDRESS_HEADER } from '@/lib/http/client-address';
import { createRateLimiter } from '@/lib/http/rate-limit';
import { createInProcessBus } from '@/lib/live/bus';
import {
  handleCreateAlert,
  handleDeleteAlert,
  handleListAlerts,
  MAX_LIVE_ALERTS,
  type AlertHandlerDeps,
} from './handlers';
import { createAlertService } from './service';
import { openAlertStore } from './store';

const TOKEN = 'alerts-test-token';
let dir: string;
let now: Date;
let deps: AlertHandlerDeps;
const published: string[] = [];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'alerts-'));
  now = new Date('2026-11-30T15:00:00Z');
  const bus = createInProcessBus();
  bus.subscribe((frame) => published.push(new TextDecoder().decode(frame)));
  published.length = 0;
  storm = { kind: 'weather', message: 'Amber warning for snow', expiresAt: inHours(6) };
  deps = {
    token: TOKEN,
    limiter: createRateLimiter({ capacity: 1000 }),
    trustedProxies: NO_TRUSTED_PROXIES,
    now: () => now,
    alerts: createAlertService({ store: openAlertStore({ dir }), bus, now: () => now }),
  };
});

afterEach(() => {
  deps.alerts.close();
  rmSync(dir, { recursive: true, force: true });
});

const request = (method: string, body?: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/alerts', {
    method,
    headers: {
      authorization: `Bearer ${TOKEN}`,
      'content-type': 'application/json',
      [PEER_ADDRESS_HEADER]: '192.0.2.1',
      ...headers,
    },
    body,
  });
const inHours = (hours: number) => new Date(+now + hours * 3_600_000).toISOString();
let storm: { kind: string; message: string; expiresAt: string };

describe('POST /api/alerts', () => {
  it('stores the alert, answers 201, and sends every open page the live alerts', async () => {
    const response = await handleCreateAlert(request('POST', JSON.stringify(storm)), deps);
    expect(response.status).toBe(201);
    const { alert } = await response.json();
    expect(alert).toMatchObject({ id: 1, kind: 'weather', message: 'Amber warning for snow' });
    expect(published).toEqual([`event: alert\ndata: ${JSON.stringify({ alerts: [alert] })}\n\n`]);
    expect((await handleListAlerts(deps).json()).alerts).toEqual([alert]);
  });

  it('keeps at most five alerts live: a sixth is a 409 with a JSON error until one goes', async () => {
    const post = () => handleCreateAlert(request('POST', JSON.stringify(storm)), deps);
    const created = [];
    for (let i = 0; i < MAX_LIVE_ALERTS; i++) created.push(await post());
    expect(created.map((response) => response.status)).toEqual([201, 201, 201, 201, 201]);
    const refused = await post();
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: expect.stringContaining('5 alerts') });
    expect(handleListAlerts(deps).status).toBe(200);
    const { alert } = (await created[0]!.json()) as { alert: { id: number } };
    handleDeleteAlert(request('DELETE'), String(alert.id), deps);
    expect((await post()).status).toBe(201);
  });

  it('has the ingest’s rules: token, content type, size, and a 400 naming the field', async () => {
    const post = (body: string, headers: Record<string, string> = {}) =>
      handleCreateAlert(request('POST', body, headers), deps);
    expect((await post(JSON.stringify(storm), { authorization: 'Bearer nope' })).status).toBe(401);
    const basic = `Basic ${btoa(`newsroom:${TOKEN}`)}`;
    expect((await post(JSON.stringify(storm), { authorization: basic })).status).toBe(201);
    expect((await post('kind=weather', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await post(JSON.stringify({ ...storm, message: 'x'.repeat(9_000) }))).status).toBe(413);
    const bad = await post(JSON.stringify({ ...storm, url: 'javascript:alert(1)' }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: 'url' });
    expect(
      (await handleCreateAlert(request('POST', '{}'), { ...deps, token: undefined })).status,
    ).toBe(503);
  });
});

describe('DELETE /api/alerts/:id', () => {
  it('removes a live alert and tells open pages; a second time it is not there', async () => {
    await handleCreateAlert(request('POST', JSON.stringify(storm)), deps);
    published.length = 0;
    const removed = await handleDeleteAlert(request('DELETE'), '1', deps);
    expect(removed.status).toBe(200);
    expect(published).toEqual([`event: alert\ndata: {"alerts":[]}\n\n`]);
    expect((await handleDeleteAlert(request('DELETE'), '1', deps)).status).toBe(404);
    for (const id of ['0', 'x', '-1', '1e3', '99']) {
      expect((await handleDeleteAlert(request('DELETE'), id, deps)).status, id).toBe(404);
    }
  });

  it('needs the token before it says anything about an id', async () => {
    const response = await handleDeleteAlert(
      request('DELETE', undefined, { authorization: '' }),
      '1',
      deps,
    );
    expect(response.status).toBe(401);
  });
});

describe('alerts over time', () => {
  it('drop out of the live list when they expire, and survive a restart', async () => {
    await handleCreateAlert(
      request('POST', JSON.stringify({ ...storm, expiresAt: inHours(1) })),
      deps,
    );
    deps.alerts.close();
    deps.alerts = createAlertService({
      store: openAlertStore({ dir }),
      bus: createInProcessBus(),
      now: () => now,
    });
    expect(deps.alerts.live()).toHaveLength(1);
    now = new Date(+now + 2 * 3_600_000);
    expect(deps.alerts.live()).toEqual([]);
    expect((await handleDeleteAlert(request('DELETE'), '1', deps)).status).toBe(404);
  });
});

describe('an alert reaching its expiry', () => {
  afterEach(() => vi.useRealTimers());

  it('tells open pages and cached ones at that moment, also after a restart', () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T15:00:00Z') });
    const bus = createInProcessBus();
    const frames: string[] = [];
    bus.subscribe((frame) => {
      const text = new TextDecoder().decode(frame);
      if (!text.startsWith(':')) frames.push(text); // not the heartbeats
    });
    const onChange = vi.fn();
    const first = createAlertService({ store: openAlertStore({ dir }), bus });
    first.create({
      kind: 'station',
      message: 'Off air for maintenance',
      expiresAt: '2026-11-30T15:30:00Z',
    });
    first.close();
    frames.length = 0;

    const restarted = createAlertService({ store: openAlertStore({ dir }), bus, onChange });
    vi.advanceTimersByTime(29 * 60_000);
    expect(frames).toEqual([]);
    vi.advanceTimersByTime(61_000);
    expect(frames).toEqual(['event: alert\ndata: {"alerts":[]}\n\n']);
    expect(onChange).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(24 * 3_600_000);
    expect(frames).toHaveLength(1);
    restarted.close();
  });
});

describe('the alerts endpoint under arbitrary input', () => {
  it('never answers 5xx', async () => {
    const header = fc.string({ maxLength: 40 }).filter((value) => /^[\t\x20-\x7e]*$/.test(value));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json(),
          fc.string({ maxLength: 300 }),
          fc
            .record({
              kind: fc.anything(),
              message: fc.anything(),
              url: fc.anything(),
              expiresAt: fc.anything(),
            })
            .map((value) => JSON.stringify(value)),
        ),
        fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', ''),
        fc.oneof(fc.constant(`Bearer ${TOKEN}`), header),
        fc.oneof(fc.constantFrom('1', '2', '0', 'abc', ''), fc.string({ maxLength: 12 })),
        async (body, contentType, authorization, id) => {
          const headers = { authorization, 'content-type': contentType };
          const created = await handleCreateAlert(request('POST', body, headers), deps);
          expect(created.status).toBeLessThan(500);
          const deleted = handleDeleteAlert(request('DELETE', undefined, headers), id, deps);
          expect(deleted.status).toBeLessThan(500);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the alerts frame', () => {
  it('carries no id, so it leaves the browser’s Last-Event-ID to now-playing changes', () => {
    const frame = new TextDecoder().decode(deps.alerts.frame());
    expect(frame).toBe('event: alert\ndata: {"alerts":[]}\n\n');
    expect(frame).not.toMatch(/^id:/m);
  });
});
