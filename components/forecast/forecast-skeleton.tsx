import { forecastDays } from '@/lib/forecast/forecast';
import { ForecastFrame } from './forecast-frame';

const placeholder = 'bg-slate-200 motion-safe:animate-pulse dark:bg-slate-700';

/** The forecast's Suspense fallback: the same frame with grey days, so the swap shifts nothing. */
export function ForecastSkeleton() {
  return (
    <ForecastFrame busy>
      <p className="sr-only">Loading the forecast</p>
      <ul aria-hidden className="grid h-full grid-cols-5 gap-1">
        {Array.from({ length: forecastDays }, (_, i) => (
          <li key={i} className="flex flex-col items-center">
            <span className={`h-5 w-8 rounded ${placeholder}`} />
            <span className={`mt-1 size-8 rounded-full ${placeholder}`} />
            <span className={`mt-1 h-7 w-10 rounded ${placeholder}`} />
            <span className={`h-4 w-8 rounded ${placeholder}`} />
          </li>
        ))}
      </ul>
    </ForecastFrame>
  );
}
