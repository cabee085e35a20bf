import type { ForecastDay as Day } from '@/lib/forecast/forecast';
import { WeatherIcon } from './weather-icon';
import { DateTime } from '@/components/date-time';

type Props = { day: Day };

/** One day: "Mon", an icon named by its label, the high ("21°C") and the low. */
export function ForecastDay({ day }: Props) {
  // The {' '} separators keep the text readable as "Mon 21°C Low 12°C" to tests and copy-paste.
  return (
    <li className="flex flex-col items-center text-center">
      <DateTime value={day.date} format="weekday" className="text-sm/5 font-medium" />{' '}
      <WeatherIcon icon={day.icon} label={day.label} className="mt-1 size-8" />{' '}
      <span className="mt-1 text-lg/7 font-semibold">{`${day.maxC}°C`}</span>{' '}
      <span className="text-xs/4 whitespace-nowrap text-slate-600">
        <span className="sr-only">Low </span>
        {`${day.minC}°C`}
      </span>
    </li>
  );
}
