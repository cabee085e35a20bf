import 'server-only';
import { revalidateLiveFromBackground } from '@/lib/cache/revalidate-live';
import { openMeteoUrl, station } from '@/lib/config';
import type { Forecast } from './forecast';
import { fetchOpenMeteoForecast } from './open-meteo';

export type ForecastSnapshot =
  { status: 'ok'; forecast: Forecast; fetchedAt: Date; stale: boolean } | { status: 'unavailable' };

type CacheOptions = {
  /** Must settle: the Open-Meteo client bounds itself with a 3 s timeout. */
  fetchForecast: () => Promise<Forecast>;
  now?: () => number;
  /** How long a forecast counts as fresh: the issue allows one upstream request per 10 min. */
  ttlMs?: number;
  /** After a failed refresh, serve what we have for this long before asking upstream again. */
  retryAfterMs?: number;
  /**
   * The longest a reader waits for a refresh before being served what the cache has. Below the
   * upstream's 3 s timeout, so a page stays well inside its 3.5 s budget even on a busy server;
   * a late answer still lands in the cache for the next reader.
   */
  maxWaitMs?: number;
  onError?: (error: unknown) => void;
  /**
   * A forecast arrived where there was none, or after a failed refresh: pages made meanwhile say
   * "Forecast unavailable" or show the old one until their lifetime runs out, unless told now.
   */
  onRecovered?: () => void;
};

export type ForecastCache = { get(): Promise<ForecastSnapshot> };

/**
 * An in-process cache that keeps the last good forecast. Concurrent callers share one in-flight
 * request (single flight), so a burst of page views costs at most one upstream request; a failure
 * keeps the last good forecast (marked stale) and backs off, so a dead upstream is not hammered
 * and pages wait for it (at most `maxWaitMs`) at most once per `retryAfterMs`.
 */
export function createForecastCache({
  fetchForecast,
  now = Date.now,
  ttlMs = 10 * 60_000,
  retryAfterMs = 60_000,
  maxWaitMs = 2000,
  onError = () => {},
  onRecovered = () => {},
}: CacheOptions): ForecastCache {
  let lastGood: { forecast: Forecast; fetchedAt: number } | undefined;
  let lastAttemptAt = Number.NEGATIVE_INFINITY;
  let lastFailed = false;
  let inFlight: Promise<void> | undefined;

  const isFresh = () => lastGood !== undefined && now() - lastGood.fetchedAt < ttlMs;

  function snapshot(): ForecastSnapshot {
    if (!lastGood) return { status: 'unavailable' };
    const { forecast, fetchedAt } = lastGood;
    return { status: 'ok', forecast, fetchedAt: new Date(fetchedAt), stale: !isFresh() };
  }

  function refresh(): Promise<void> {
    lastAttemptAt = now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = Promise.resolve()
      .then(fetchForecast)
      .then(
        (forecast) => {
          const recovered = !lastGood || lastFailed;
          lastGood = { forecast, fetchedAt: now() };
          lastFailed = false;
          if (recovered) onRecovered();
        },
        (error: unknown) => {
          lastFailed = true;
          onError(error);
        },
      )
      .finally(() => {
        clearTimeout(timer);
        inFlight = undefined;
      });
    const waitLimit = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, maxWaitMs);
    });
    return Promise.race([done, waitLimit]);
  }

  return {
    async get() {
      if (!inFlight && !isFresh() && now() - lastAttemptAt >= retryAfterMs) inFlight = refresh();
      if (inFlight) await inFlight;
      return snapshot();
    },
  };
}

// Kept on globalThis, not in a module variable: Next may load this module more than once (per
// route bundle, and again on every dev reload), and the one-request-per-10-minutes promise must
// hold for the whole process.
const processCacheKey = Symbol.for('oldham-reporter.forecast-cache');
type GlobalWithCache = typeof globalThis & { [processCacheKey]?: ForecastCache };

function processCache(): ForecastCache {
  const global = globalThis as GlobalWithCache;
  global[processCacheKey] ??= createForecastCache({
    fetchForecast: () =>
      fetchOpenMeteoForecast({
        baseUrl: openMeteoUrl(),
        place: station.location,
        timeZone: station.timeZone,
      }),
    onError: (error) =>
      console.warn(
        '[forecast] Open-Meteo refresh failed; serving the last good forecast if any:',
        error instanceof Error ? error.message : error,
      ),
    // The next reader of each page waits for one render with the forecast, once per recovery,
    // rather than being served a page that says it is unavailable. The answer may land inside a
    // page's render (it waited for it): the server is asked, not revalidateTag called there.
    onRecovered: () => void revalidateLiveFromBackground(['forecast'], { immediate: true }),
  });
  return global[processCacheKey];
}

/** The station's forecast as this process last fetched it; refreshes it when due. */
export function getForecast(): Promise<ForecastSnapshot> {
  return processCache().get();
}

/**
 * After a start without a forecast (Open-Meteo down or slow then): asks again each `everyMs`
 * until there is one, so its arrival (which revalidates the pages, `onRecovered`) does not wait
 * for a reader's request to ask. The cache's own back-off still bounds how often it asks.
 */
export function retryForecastUntilKnown(everyMs = 60_000): void {
  const attempt = async () => {
    const snapshot = await getForecast().catch(() => undefined);
    if (snapshot?.status !== 'ok') setTimeout(() => void attempt(), everyMs).unref();
  };
  setTimeout(() => void attempt(), everyMs).unref();
}
