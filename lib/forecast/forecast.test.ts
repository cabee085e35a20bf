import { describe, expect, it } from 'vitest';
import { upcomingDays, type Forecast } from './forecast';

const day = (date: string, dayName: string) => ({
  date,
  dayName,
  weatherCode: 3,
  label: 'Overcast',
  icon: 'cloud' as const,
  maxC: 10,
  minC: 5,
});

const forecast: Forecast = {
  place: 'Oldham',
  days: [
    day('2026-11-30', 'Mon'),
    day('2026-12-01', 'Tue'),
    day('2026-12-02', 'Wed'),
    day('2026-12-03', 'Thu'),
    day('2026-12-04', 'Fri'),
  ],
};

describe('upcomingDays', () => {
  it('keeps every day of a forecast that starts today', () => {
    expect(upcomingDays(forecast, new Date('2026-11-30T00:00:00Z'))).toHaveLength(5);
  });

  it('drops the days already over in London', () => {
    const now = new Date('2026-12-02T09:00:00Z');
    expect(upcomingDays(forecast, now).map((d) => d.dayName)).toEqual(['Wed', 'Thu', 'Fri']);
  });

  it('has nothing left once the whole forecast is past', () => {
    expect(upcomingDays(forecast, new Date('2026-12-05T00:00:00Z'))).toEqual([]);
  });
});
