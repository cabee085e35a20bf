import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ForecastSnapshot } from '@/lib/forecast/cache';
import type { Forecast } from '@/lib/forecast/forecast';
import { ForecastPanel } from './forecast-panel';

const highs = [21, 20, 20, 27, 28];
const forecast: Forecast = {
  place: 'Oldham',
  days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'].map((dayName, i) => ({
    date: `2026-1${i === 0 ? '1-30' : `2-0${i}`}`,
    dayName,
    weatherCode: 61,
    label: 'Light rain',
    icon: 'rain' as const,
    maxC: highs[i]!,
    minC: 10 + i,
  })),
};

const fetchedAt = new Date('2026-11-30T14:05:00Z');
const sameDay = new Date('2026-11-30T14:20:00Z');

const render = (snapshot: ForecastSnapshot, now = sameDay) => {
  const html = renderToStaticMarkup(<ForecastPanel snapshot={snapshot} now={now} />);
  // The text a reader (or a test selecting by text) gets, tags stripped, spaces collapsed.
  const text = html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { html, text };
};

describe('ForecastPanel', () => {
  it('is a region named Forecast, headed with the place', () => {
    const { html, text } = render({ status: 'ok', forecast, fetchedAt, stale: false });
    expect(html).toMatch(/^<section aria-label="Forecast"/);
    expect(text).toContain('Weather in Oldham');
  });

  it('lists five days, each with its name and high as the seed shows them', () => {
    const { html, text } = render({ status: 'ok', forecast, fetchedAt, stale: false });
    expect(html.match(/<li/g)).toHaveLength(5);
    expect(text).toContain('Mon 21°C Low 10°C Tue 20°C Low 11°C Wed 20°C');
    expect(text).toContain('Thu 27°C Low 13°C Fri 28°C Low 14°C');
    expect(html).toContain('<time dateTime="2026-11-30"');
  });

  it('gives each icon its label as a text alternative', () => {
    const { html } = render({ status: 'ok', forecast, fetchedAt, stale: false });
    expect(html.match(/<svg role="img" aria-label="Light rain"/g)).toHaveLength(5);
  });

  it('credits Open-Meteo as its licence asks', () => {
    const { html, text } = render({ status: 'ok', forecast, fetchedAt, stale: false });
    expect(html).toContain('href="https://open-meteo.com/"');
    expect(text).toContain('Weather data by Open-Meteo.com ( CC BY 4.0 )');
  });

  it('says nothing about when it was updated while fresh', () => {
    expect(render({ status: 'ok', forecast, fetchedAt, stale: false }).text).not.toContain(
      'Updated',
    );
  });

  it('notes when a stale forecast was updated, in London time', () => {
    const { html, text } = render({ status: 'ok', forecast, fetchedAt, stale: true });
    expect(text).toContain('Updated 2:05pm GMT');
    expect(html).toContain(`dateTime="2026-11-30T14:05:00+00:00"`);
  });

  it('shows only the days still to come from a forecast kept through an outage', () => {
    const { html, text } = render(
      { status: 'ok', forecast, fetchedAt, stale: true },
      new Date('2026-12-02T08:00:00Z'),
    );
    expect(html.match(/<li/g)).toHaveLength(3);
    expect(text).toContain('Updated Mon 2:05pm GMT');
    expect(text).not.toContain('Tue');
  });

  it('says the forecast is unavailable when there has never been one', () => {
    const { html, text } = render({ status: 'unavailable' });
    expect(text).toContain('Forecast unavailable');
    expect(html).not.toContain('<li');
    expect(text).toContain('Weather data by Open-Meteo.com');
  });

  it('says the forecast is unavailable when every kept day is over', () => {
    const { text } = render(
      { status: 'ok', forecast, fetchedAt, stale: true },
      new Date('2026-12-05T08:00:00Z'),
    );
    expect(text).toContain('Forecast unavailable');
    expect(text).not.toContain('Updated');
  });
});
