/** The icons of our own weather set; `components/forecast/weather-icon.tsx` draws each one. */
export const iconIds = [
  'sun',
  'partly-cloudy',
  'cloud',
  'fog',
  'drizzle',
  'rain',
  'showers',
  'snow',
  'thunder',
] as const;

export type IconId = (typeof iconIds)[number];

export type WeatherDescription = { label: string; icon: IconId };

/**
 * Every WMO 4677 code Open-Meteo documents for `weather_code`, in our words and icons.
 * @see https://open-meteo.com/en/docs#weather_variable_documentation
 */
const wmoTable: Readonly<Record<number, WeatherDescription>> = {
  0: { label: 'Clear sky', icon: 'sun' },
  1: { label: 'Mainly clear', icon: 'sun' },
  2: { label: 'Partly cloudy', icon: 'partly-cloudy' },
  3: { label: 'Overcast', icon: 'cloud' },
  45: { label: 'Fog', icon: 'fog' },
  48: { label: 'Freezing fog', icon: 'fog' },
  51: { label: 'Light drizzle', icon: 'drizzle' },
  53: { label: 'Drizzle', icon: 'drizzle' },
  55: { label: 'Heavy drizzle', icon: 'drizzle' },
  56: { label: 'Light freezing drizzle', icon: 'drizzle' },
  57: { label: 'Heavy freezing drizzle', icon: 'drizzle' },
  61: { label: 'Light rain', icon: 'rain' },
  63: { label: 'Rain', icon: 'rain' },
  65: { label: 'Heavy rain', icon: 'rain' },
  66: { label: 'Light freezing rain', icon: 'rain' },
  67: { label: 'Heavy freezing rain', icon: 'rain' },
  71: { label: 'Light snow', icon: 'snow' },
  73: { label: 'Snow', icon: 'snow' },
  75: { label: 'Heavy snow', icon: 'snow' },
  77: { label: 'Snow grains', icon: 'snow' },
  80: { label: 'Light showers', icon: 'showers' },
  81: { label: 'Showers', icon: 'showers' },
  82: { label: 'Heavy showers', icon: 'showers' },
  85: { label: 'Light snow showers', icon: 'snow' },
  86: { label: 'Heavy snow showers', icon: 'snow' },
  95: { label: 'Thunderstorm', icon: 'thunder' },
  96: { label: 'Thunderstorm with hail', icon: 'thunder' },
  99: { label: 'Thunderstorm with heavy hail', icon: 'thunder' },
};

export const documentedWmoCodes: readonly number[] = Object.keys(wmoTable).map(Number);

// A valid WMO 4677 code (0–99) Open-Meteo has not documented should cost one day its icon, not
// blank the whole forecast; the parser rejects anything outside 0–99 as not a WMO code.
const unknownWeather: WeatherDescription = { label: 'Unknown', icon: 'cloud' };

/** Our label and icon for a WMO weather code. */
export function describeWeatherCode(code: number): WeatherDescription {
  return wmoTable[code] ?? unknownWeather;
}
