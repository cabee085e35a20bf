import { describe, expect, it } from 'vitest';
import {
  buildForecastUrl,
  OpenMeteoError,
  parseOpenMeteoForecast,
  type OpenMeteoResponse,
} from './open-meteo';

const london = { place: 'Oldham', timeZone: 'Europe/London' };

/** A response as Open-Meteo sends it for `daily=weather_code,temperature_2m_max,temperature_2m_min`. */
const response = () => ({
  latitude: 53.54,
  longitude: -2.12,
  generationtime_ms: 0.05,
  utc_offset_seconds: 0,
  timezone: 'Europe/London',
  timezone_abbreviation: 'GMT',
  elevation: 167,
  daily_units: {
    time: 'iso8601',
    weather_code: 'wmo code',
    temperature_2m_max: '°C',
    temperature_2m_min: '°C',
  },
  daily: {
    time: ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'],
    weather_code: [1, 3, 61, 2, 95],
    temperature_2m_max: [21.2, 19.6, 20.4, 27, 28.1],
    temperature_2m_min: [12.4, -0.4, -3.5, 15.5, 16],
  },
});

const withDaily = (daily: Partial<Record<keyof OpenMeteoResponse['daily'], unknown>>) => {
  const json = response();
  return { ...json, daily: { ...json.daily, ...daily } };
};

describe('parseOpenMeteoForecast', () => {
  it('reshapes a good response into five named, labelled, rounded days', () => {
    const forecast = parseOpenMeteoForecast(response(), london);
    expect(forecast.place).toBe('Oldham');
    expect(forecast.days.map((d) => `${d.dayName} ${d.maxC}°C`)).toEqual([
      'Mon 21°C',
      'Tue 20°C',
      'Wed 20°C',
      'Thu 27°C',
      'Fri 28°C',
    ]);
    expect(forecast.days[0]).toEqual({
      date: '2026-11-30',
      dayName: 'Mon',
      weatherCode: 1,
      label: 'Mainly clear',
      icon: 'sun',
      maxC: 21,
      minC: 12,
    });
    expect(forecast.days[4]).toMatchObject({ label: 'Thunderstorm', icon: 'thunder' });
  });

  it('rounds lows below zero without a negative zero', () => {
    const lows = parseOpenMeteoForecast(response(), london).days.map((d) => d.minC);
    expect(lows).toEqual([12, 0, -3, 16, 16]);
    expect(Object.is(lows[1], -0)).toBe(false);
  });

  it('accepts a response without daily_units', () => {
    const { daily_units: _, ...json } = response();
    expect(parseOpenMeteoForecast(json, london).days).toHaveLength(5);
  });

  it.each([
    ['fewer temperatures than days', withDaily({ temperature_2m_max: [21, 20, 20, 27] })],
    ['more codes than days', withDaily({ weather_code: [1, 3, 61, 2, 95, 0] })],
    ['three days only', withDaily({ time: ['2026-11-30', '2026-12-01', '2026-12-02'] })],
    ['a null temperature', withDaily({ temperature_2m_min: [12, null, 13, 15, 16] })],
    ['a null weather code', withDaily({ weather_code: [1, 3, null, 2, 95] })],
    ['a temperature as a string', withDaily({ temperature_2m_max: ['21', 20, 20, 27, 28] })],
    ['a code outside WMO 0–99', withDaily({ weather_code: [1, 3, 100, 2, 95] })],
    ['a fractional code', withDaily({ weather_code: [1, 3, 61.5, 2, 95] })],
    [
      'a date that is not a date',
      withDaily({ time: ['2026-11-31', ...response().daily.time.slice(1)] }),
    ],
    ['no daily block', { ...response(), daily: undefined }],
    [
      'temperatures in Fahrenheit',
      { ...response(), daily_units: { ...response().daily_units, temperature_2m_max: '°F' } },
    ],
    ['dates in another zone', { ...response(), timezone: 'GMT' }],
    ['an error body', { error: true, reason: 'Cannot initialize WeatherVariable' }],
    ['not an object', 'Internal Server Error'],
    ['null', null],
  ])('rejects %s', (_, json) => {
    expect(() => parseOpenMeteoForecast(json, london)).toThrow(OpenMeteoError);
  });

  it('says which field was wrong', () => {
    expect(() =>
      parseOpenMeteoForecast(withDaily({ temperature_2m_max: [21, 20] }), london),
    ).toThrow(/temperature_2m_max/);
  });
});

describe('buildForecastUrl', () => {
  const place = { name: 'Oldham', latitude: 53.5409, longitude: -2.1114 };

  it('asks for five days of code, high and low in London time', () => {
    const url = buildForecastUrl({
      baseUrl: 'https://api.open-meteo.com',
      place,
      timeZone: 'Europe/London',
    });
    expect(url.origin + url.pathname).toBe('https://api.open-meteo.com/v1/forecast');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      latitude: '53.5409',
      longitude: '-2.1114',
      daily: 'weather_code,temperature_2m_max,temperature_2m_min',
      timezone: 'Europe/London',
      forecast_days: '5',
    });
  });

  it('keeps a path prefix on the base URL', () => {
    const url = buildForecastUrl({
      baseUrl: 'http://127.0.0.1:4010/meteo',
      place,
      timeZone: 'Europe/London',
    });
    expect(url.href).toMatch(/^http:\/\/127\.0\.0\.1:4010\/meteo\/v1\/forecast\?/);
  });
});
