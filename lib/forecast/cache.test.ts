import { describe, expect, it, vi } from 'vitest';
import { createForecastCache } from './cache';
import type { Forecast } from './forecast';

const minute = 60_000;

const forecastWithHigh = (maxC: number): Forecast => ({
  place: 'Oldham',
  days: [
    {
      date: '2026-11-30',
      dayName: 'Mon',
      weatherCode: 0,
      label: 'Clear sky',
      icon: 'sun',
      maxC,
      minC: 1,
    },
  ],
});

/** A cache on a hand-moved clock, with an upstream the test scripts call by call. */
function setUp() {
  let clock = Date.parse('2026-11-30T14:05:00Z');
  const fetchForecast = vi.fn<() => Promise<Forecast>>();
  const cache = createForecastCache({ fetchForecast, now: () => clock, onError: () => {} });
  const advance = (ms: number) => {
    clock += ms;
  };
  return { cache, fetchForecast, advance, now: () => clock };
}

describe('createForecastCache', () => {
  it('fetches once for a thousand concurrent readers', async () => {
    const { cache, fetchForecast } = setUp();
    let answer!: (forecast: Forecast) => void;
    fetchForecast.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));

    const readers = Array.from({ length: 1000 }, () => cache.get());
    answer(forecastWithHigh(21));
    const snapshots = await Promise.all(readers);

    expect(fetchForecast).toHaveBeenCalledTimes(1);
    expect(snapshots.every((s) => s.status === 'ok' && s.forecast.days[0]?.maxC === 21)).toBe(true);
  });

  it('serves the cached forecast, fresh, for ten minutes without asking again', async () => {
    const { cache, fetchForecast, advance } = setUp();
    fetchForecast.mockResolvedValue(forecastWithHigh(21));
    await cache.get();
    advance(10 * minute - 1);

    expect(await cache.get()).toMatchObject({ status: 'ok', stale: false });
    expect(fetchForecast).toHaveBeenCalledTimes(1);
  });

  it('refreshes once the forecast is ten minutes old', async () => {
    const { cache, fetchForecast, advance, now } = setUp();
    fetchForecast.mockResolvedValueOnce(forecastWithHigh(21));
    fetchForecast.mockResolvedValueOnce(forecastWithHigh(25));
    await cache.get();
    advance(10 * minute);

    const snapshot = await cache.get();
    expect(fetchForecast).toHaveBeenCalledTimes(2);
    expect(snapshot).toMatchObject({ status: 'ok', stale: false, fetchedAt: new Date(now()) });
    expect(snapshot.status === 'ok' && snapshot.forecast.days[0]?.maxC).toBe(25);
  });

  it('keeps serving the last good forecast, marked stale, when a refresh fails', async () => {
    const { cache, fetchForecast, advance } = setUp();
    fetchForecast.mockResolvedValueOnce(forecastWithHigh(21));
    fetchForecast.mockRejectedValueOnce(new Error('HTTP 500'));
    const first = await cache.get();
    advance(11 * minute);

    const snapshot = await cache.get();
    expect(snapshot).toMatchObject({ status: 'ok', stale: true });
    expect(snapshot.status === 'ok' && snapshot.forecast.days[0]?.maxC).toBe(21);
    expect(snapshot.status === 'ok' && snapshot.fetchedAt).toEqual(
      first.status === 'ok' && first.fetchedAt,
    );
  });

  it('is unavailable when it has never had a forecast', async () => {
    const { cache, fetchForecast } = setUp();
    fetchForecast.mockRejectedValue(new Error('timeout'));
    expect(await cache.get()).toEqual({ status: 'unavailable' });
  });

  it('backs off for a minute after a failure instead of asking on every page', async () => {
    const { cache, fetchForecast, advance } = setUp();
    fetchForecast.mockRejectedValue(new Error('HTTP 500'));
    await cache.get();
    for (let i = 0; i < 100; i += 1) await cache.get();
    advance(minute - 1);
    await cache.get();
    expect(fetchForecast).toHaveBeenCalledTimes(1);

    advance(1);
    await cache.get();
    expect(fetchForecast).toHaveBeenCalledTimes(2);
  });

  it('recovers when the upstream comes back', async () => {
    const { cache, fetchForecast, advance } = setUp();
    fetchForecast.mockRejectedValueOnce(new Error('HTTP 500'));
    fetchForecast.mockResolvedValueOnce(forecastWithHigh(21));
    expect(await cache.get()).toEqual({ status: 'unavailable' });
    advance(minute);
    expect(await cache.get()).toMatchObject({ status: 'ok', stale: false });
  });

  it('says when a forecast arrives where there was none, or after a failure, and not otherwise', async () => {
    let clock = Date.parse('2026-11-30T14:05:00Z');
    const onRecovered = vi.fn();
    const fetchForecast = vi.fn<() => Promise<Forecast>>();
    const cache = createForecastCache({ fetchForecast, now: () => clock, onRecovered });
    fetchForecast.mockResolvedValue(forecastWithHigh(21));
    await cache.get();
    expect(onRecovered).toHaveBeenCalledTimes(1); // the first forecast
    clock += 11 * minute;
    await cache.get();
    expect(onRecovered).toHaveBeenCalledTimes(1); // a routine refresh changes no page's state
    clock += 11 * minute;
    fetchForecast.mockRejectedValueOnce(new Error('HTTP 503'));
    await cache.get();
    expect(onRecovered).toHaveBeenCalledTimes(1);
    clock += minute;
    await cache.get();
    expect(onRecovered).toHaveBeenCalledTimes(2); // back after a failure: stale pages go
  });

  it('says so too when a late answer lands after readers were told it was unavailable', async () => {
    let answer!: (forecast: Forecast) => void;
    const onRecovered = vi.fn();
    const cache = createForecastCache({
      fetchForecast: () => new Promise<Forecast>((resolve) => (answer = resolve)),
      maxWaitMs: 20,
      onRecovered,
    });
    expect(await cache.get()).toEqual({ status: 'unavailable' });
    expect(onRecovered).not.toHaveBeenCalled();
    answer(forecastWithHigh(21));
    await vi.waitFor(() => expect(onRecovered).toHaveBeenCalledTimes(1));
  });

  it('stops waiting for a slow upstream after maxWaitMs, and keeps its late answer', async () => {
    let answer!: (forecast: Forecast) => void;
    const fetchForecast = vi.fn(() => new Promise<Forecast>((resolve) => (answer = resolve)));
    const cache = createForecastCache({ fetchForecast, maxWaitMs: 20 });

    const started = performance.now();
    expect(await cache.get()).toEqual({ status: 'unavailable' });
    expect(performance.now() - started).toBeLessThan(500);
    // While that request is still out, readers neither wait again nor ask again.
    expect(await cache.get()).toEqual({ status: 'unavailable' });

    answer(forecastWithHigh(21));
    await vi.waitFor(async () => expect(await cache.get()).toMatchObject({ status: 'ok' }));
    expect(fetchForecast).toHaveBeenCalledTimes(1);
  });

  it('reports each failure and survives an upstream that throws synchronously', async () => {
    const onError = vi.fn();
    const cache = createForecastCache({
      fetchForecast: () => {
        throw new Error('boom');
      },
      onError,
    });
    expect(await cache.get()).toEqual({ status: 'unavailable' });
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'boom' }));
  });
});
