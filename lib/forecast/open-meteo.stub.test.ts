import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { station } from '@/lib/config';
import { createForecastCache } from './cache';
import { fetchOpenMeteoForecast, OpenMeteoError } from './open-meteo';

// Against our own Open-Meteo stand-in, run as the end-to-end tests run it: a separate process.
const stubPath = fileURLToPath(new URL('../../servers/open-meteo-stub.ts', import.meta.url));

let stub: ChildProcess;
let stubUrl: string;

beforeAll(async () => {
  stub = spawn(
    process.execPath,
    ['--import', 'tsx', stubPath, '--port', '0', '--start', '2026-11-30'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const [firstLine] = (await once(stub.stdout!, 'data')) as [Buffer];
  const url = /listening on (http:\S+)/.exec(firstLine.toString())?.[1];
  if (!url) throw new Error(`The stub did not start: ${firstLine}`);
  stubUrl = url;
});

afterAll(async () => {
  stub.kill('SIGTERM');
  if (stub.exitCode === null) await once(stub, 'exit');
});

const control = (path: string, body?: string) =>
  fetch(`${stubUrl}${path}`, { method: body === undefined ? 'GET' : 'POST', body });
const setMode = (mode: string) => control('/__mode', mode);
const hits = async () => ((await (await control('/__hits')).json()) as { count: number }).count;

const fetchFromStub = (timeoutMs = 300) =>
  fetchOpenMeteoForecast({
    baseUrl: stubUrl,
    place: station.location,
    timeZone: station.timeZone,
    timeoutMs,
  });

beforeEach(async () => {
  await control('/__reset', '');
});

describe('fetchOpenMeteoForecast against the stub', () => {
  it('sends a request the stub accepts and reads its five days', async () => {
    const forecast = await fetchFromStub();
    expect(forecast.place).toBe('Oldham');
    expect(forecast.days.map((d) => `${d.dayName} ${d.maxC}°C`)).toEqual([
      'Mon 21°C',
      'Tue 20°C',
      'Wed 20°C',
      'Thu 27°C',
      'Fri 28°C',
    ]);
    expect(await hits()).toBe(1);
  });

  it('fails on HTTP 500', async () => {
    await setMode('error500');
    await expect(fetchFromStub()).rejects.toThrow(/HTTP 500/);
  });

  it('gives up on a request that hangs after the timeout', async () => {
    await setMode('hang');
    const started = performance.now();
    await expect(fetchFromStub(300)).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('times out after 3 s by default', { timeout: 10_000 }, async () => {
    await setMode('hang');
    const started = performance.now();
    await expect(
      fetchOpenMeteoForecast({
        baseUrl: stubUrl,
        place: station.location,
        timeZone: station.timeZone,
      }),
    ).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(2900);
    expect(performance.now() - started).toBeLessThan(3500);
  });

  it('fails on malformed JSON', async () => {
    await setMode('malformed');
    await expect(fetchFromStub()).rejects.toThrow(OpenMeteoError);
  });

  it('fails on arrays of the wrong length', async () => {
    await setMode('wrong-length');
    await expect(fetchFromStub()).rejects.toThrow(/temperature_2m_max/);
  });

  it('is answered 400 by the stub when the query is wrong', async () => {
    const response = await fetch(
      `${stubUrl}/v1/forecast?latitude=53.5&longitude=-2.1&daily=weather_code`,
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: true, reason: expect.any(String) });
  });
});

describe('the forecast cache against the stub', () => {
  const cacheOnStub = () =>
    createForecastCache({ fetchForecast: () => fetchFromStub(300), onError: () => {} });

  it('asks upstream once for a burst of 1,000 readers', async () => {
    const cache = cacheOnStub();
    const snapshots = await Promise.all(Array.from({ length: 1000 }, () => cache.get()));
    expect(snapshots.every((s) => s.status === 'ok')).toBe(true);
    expect(await hits()).toBe(1);
  });

  it('answers every reader quickly with "unavailable" while the upstream hangs', async () => {
    await setMode('hang');
    const cache = cacheOnStub();
    const started = performance.now();
    const snapshots = await Promise.all(Array.from({ length: 200 }, () => cache.get()));
    expect(performance.now() - started).toBeLessThan(1500);
    expect(snapshots.every((s) => s.status === 'unavailable')).toBe(true);
    expect(await hits()).toBe(1);
  });
});
