import { connection } from 'next/server';
import { Suspense } from 'react';
import { getForecast } from '@/lib/forecast/cache';
import { ForecastPanel } from './forecast-panel';
import { ForecastSkeleton } from './forecast-skeleton';

/**
 * The five-day forecast for the station's area, as a region named "Forecast". It brings its own
 * Suspense boundary, so it can sit in any prerendered page: the static shell carries the skeleton
 * and each request streams the forecast into it.
 */
export function Forecast() {
  return (
    <Suspense fallback={<ForecastSkeleton />}>
      <LiveForecast />
    </Suspense>
  );
}

/**
 * Freshness: pages are prerendered once and their shell is served for as long as the deploy
 * lives, so a forecast rendered at build time (or kept by 'use cache') would go on showing that
 * day's weather for days. `connection()` makes this a per-request hole instead; it reads the
 * in-process cache, which asks Open-Meteo at most once per 10 minutes however many pages render,
 * and answers within the 3 s upstream timeout, falling back to the last good forecast.
 * @see https://nextjs.org/docs/app/api-reference/functions/connection
 */
async function LiveForecast() {
  await connection();
  const snapshot = await getForecast();
  return <ForecastPanel snapshot={snapshot} now={new Date()} />;
}
