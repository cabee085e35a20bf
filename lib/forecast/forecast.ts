import { z } from 'zod';
import { londonDateOf } from '@/lib/time/london-calendar';
import { iconIds } from './wmo';

/** How many days the widget shows, and asks Open-Meteo for. */
export const forecastDays = 5;

/** One day of our own forecast shape: whatever the upstream sends is reshaped into this. */
export const forecastDaySchema = z.object({
  date: z.iso.date(),
  dayName: z.string().min(1),
  weatherCode: z.int(),
  label: z.string().min(1),
  icon: z.enum(iconIds),
  maxC: z.int(),
  minC: z.int(),
});

export const forecastSchema = z.object({
  place: z.string().min(1),
  days: z.array(forecastDaySchema),
});

export type ForecastDay = z.infer<typeof forecastDaySchema>;
export type Forecast = z.infer<typeof forecastSchema>;

/**
 * The days from today (in London) on. A last-good forecast kept through a long outage would
 * otherwise go on showing days that are already over.
 */
export function upcomingDays(forecast: Forecast, now: Date): ForecastDay[] {
  const today = londonDateOf(now);
  // ISO calendar dates sort as strings.
  return forecast.days.filter((day) => day.date >= today);
}
