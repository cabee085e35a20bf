import { getLiveForecast } from '@/lib/cache/live-data';
import { ForecastPanel } from './forecast-panel';

/**
 * The five-day forecast for the station's area, as a region named "Forecast", baked into cached
 * pages and regenerated with them at most every ten minutes (lib/cache/live-data.ts): a reader's
 * request never waits for Open-Meteo. When it is down, the last good forecast says when it was
 * updated, and with none it says "Forecast unavailable".
 */
export async function Forecast() {
  const { snapshot, at } = await getLiveForecast();
  return <ForecastPanel snapshot={snapshot} now={at} />;
}
