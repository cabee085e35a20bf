import { describe, expect, it } from 'vitest';
import { describeWeatherCode, documentedWmoCodes, iconIds } from './wmo';

// The codes Open-Meteo lists for `weather_code`. @see https://open-meteo.com/en/docs
const openMeteoCodes = [
  0, 1, 2, 3, 45, 48, 51, 53, 55, 56, 57, 61, 63, 65, 66, 67, 71, 73, 75, 77, 80, 81, 82, 85, 86,
  95, 96, 99,
];

describe('describeWeatherCode', () => {
  it('covers every code Open-Meteo documents, and no others', () => {
    expect([...documentedWmoCodes].sort((a, b) => a - b)).toEqual(openMeteoCodes);
  });

  it.each(openMeteoCodes)('gives code %i a label and one of our icons', (code) => {
    const { label, icon } = describeWeatherCode(code);
    expect(label).not.toBe('Unknown');
    expect(label.length).toBeGreaterThan(0);
    expect(iconIds).toContain(icon);
  });

  it.each([
    [0, 'Clear sky', 'sun'],
    [2, 'Partly cloudy', 'partly-cloudy'],
    [3, 'Overcast', 'cloud'],
    [45, 'Fog', 'fog'],
    [53, 'Drizzle', 'drizzle'],
    [65, 'Heavy rain', 'rain'],
    [73, 'Snow', 'snow'],
    [81, 'Showers', 'showers'],
    [85, 'Light snow showers', 'snow'],
    [95, 'Thunderstorm', 'thunder'],
  ])('describes code %i as %s with the %s icon', (code, label, icon) => {
    expect(describeWeatherCode(code)).toEqual({ label, icon });
  });

  it('calls an undocumented WMO code Unknown rather than failing the forecast', () => {
    expect(describeWeatherCode(4)).toEqual({ label: 'Unknown', icon: 'cloud' });
  });

  it('uses every icon in the set', () => {
    const used = new Set(documentedWmoCodes.map((code) => describeWeatherCode(code).icon));
    expect([...used].sort()).toEqual([...iconIds].sort());
  });
});
