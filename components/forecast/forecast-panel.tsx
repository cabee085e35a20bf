import type { ForecastSnapshot } from '@/lib/forecast/cache';
import { upcomingDays } from '@/lib/forecast/forecast';
import { ForecastDay } from './forecast-day';
import { ForecastFrame } from './forecast-frame';
import { DateTime } from '@/components/date-time';

type Props = { snapshot: ForecastSnapshot; now: Date };

/** The forecast as the cache last had it: five days, an "Updated …" note when stale, or a notice. */
export function ForecastPanel({ snapshot, now }: Props) {
  const days = snapshot.status === 'ok' ? upcomingDays(snapshot.forecast, now) : [];

  const note =
    snapshot.status === 'ok' && snapshot.stale && days.length > 0 ? (
      <>
        Updated <DateTime value={snapshot.fetchedAt} format="updated" now={now} />
      </>
    ) : undefined;

  return (
    <ForecastFrame note={note}>
      {days.length > 0 ? (
        <ul className="grid h-full grid-cols-5 gap-1">
          {days.map((day) => (
            <ForecastDay key={day.date} day={day} />
          ))}
        </ul>
      ) : (
        <p className="flex h-full items-center justify-center text-sm text-slate-600">
          Forecast unavailable
        </p>
      )}
    </ForecastFrame>
  );
}
