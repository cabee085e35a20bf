import 'server-only';
import { z } from 'zod';
import { formatWeekdayOfDate } from '@/lib/time/london';
import { forecastDays, type Forecast } from './forecast';
import { describeWeatherCode } from './wmo';

/**
 * The one module that knows Open-Meteo: its URL, its query and its response shape.
 * @see https://open-meteo.com/en/docs
 */

const dailyVariables = ['weather_code', 'temperature_2m_max', 'temperature_2m_min'] as const;

const fiveOf = <T extends z.ZodType>(item: T) => z.array(item).length(forecastDays);

// Every array must hold exactly `forecastDays` entries, so they are all the same length; Open-Meteo
// fills gaps with null, which z.number() rejects, so a partial forecast is a failure.
const openMeteoResponseSchema = z.object({
  timezone: z.string(),
  daily_units: z
    .object({ temperature_2m_max: z.literal('°C'), temperature_2m_min: z.literal('°C') })
    .partial()
    .optional(),
  daily: z.object({
    time: fiveOf(z.iso.date()),
    // WMO 4677 present-weather codes run 0–99.
    weather_code: fiveOf(z.int().min(0).max(99)),
    temperature_2m_max: fiveOf(z.number()),
    temperature_2m_min: fiveOf(z.number()),
  }),
});

export type OpenMeteoResponse = z.infer<typeof openMeteoResponseSchema>;

type Place = { name: string; latitude: number; longitude: number };

type RequestOptions = {
  /** Base URL of the API, e.g. https://api.open-meteo.com (tests point it at the local stub). */
  baseUrl: string;
  place: Place;
  timeZone: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
};

export class OpenMeteoError extends Error {
  override name = 'OpenMeteoError';
}

/** `GET {baseUrl}/v1/forecast?latitude=…&longitude=…&daily=…&timezone=…&forecast_days=5`. */
export function buildForecastUrl({ baseUrl, place, timeZone }: RequestOptions): URL {
  // Relative to the base with a trailing slash, so a base with a path prefix keeps it.
  const url = new URL('v1/forecast', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  url.searchParams.set('latitude', String(place.latitude));
  url.searchParams.set('longitude', String(place.longitude));
  url.searchParams.set('daily', dailyVariables.join(','));
  url.searchParams.set('timezone', timeZone);
  url.searchParams.set('forecast_days', String(forecastDays));
  return url;
}

// Math.round(-0.4) is -0; adding 0 makes it a plain 0.
const roundCelsius = (celsius: number) => Math.round(celsius) + 0;

/** Validates an Open-Meteo daily response and reshapes it into our `Forecast`; throws if bad. */
export function parseOpenMeteoForecast(
  json: unknown,
  { place, timeZone }: { place: string; timeZone: string },
): Forecast {
  const parsed = openMeteoResponseSchema.safeParse(json);
  if (!parsed.success) {
    throw new OpenMeteoError(`Unexpected response shape: ${z.prettifyError(parsed.error)}`);
  }
  const { timezone, daily } = parsed.data;
  // Day names come from the dates, which are only right in the zone we asked for.
  if (timezone !== timeZone) {
    throw new OpenMeteoError(`Expected dates in ${timeZone}, got ${timezone}`);
  }
  return {
    place,
    days: daily.time.map((date, i) => {
      const weatherCode = daily.weather_code[i]!;
      return {
        date,
        dayName: formatWeekdayOfDate(date),
        weatherCode,
        ...describeWeatherCode(weatherCode),
        maxC: roundCelsius(daily.temperature_2m_max[i]!),
        minC: roundCelsius(daily.temperature_2m_min[i]!),
      };
    }),
  };
}

/** Fetches the five-day forecast; rejects on an error status, a timeout or a bad body. */
export async function fetchOpenMeteoForecast(options: RequestOptions): Promise<Forecast> {
  const { timeoutMs = 3000, fetch: fetchImpl = fetch } = options;
  // The signal also bounds reading the body, so a response that stalls half-way times out too.
  const response = await fetchImpl(buildForecastUrl(options), {
    cache: 'no-store',
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!response.ok) {
    throw new OpenMeteoError(`HTTP ${response.status} from ${response.url || 'Open-Meteo'}`);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (cause) {
    if (cause instanceof Error && cause.name === 'TimeoutError') throw cause;
    throw new OpenMeteoError('Response is not JSON', { cause });
  }
  return parseOpenMeteoForecast(json, { place: options.place.name, timeZone: options.timeZone });
}
