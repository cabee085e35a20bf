import type { ReactNode } from 'react';
import { station } from '@/lib/config';

type Props = { note?: ReactNode; children: ReactNode };

/**
 * The forecast's box. Every part has a fixed height, so five days, "Forecast unavailable" and
 * the "Updated …" note all take the same room.
 */
export function ForecastFrame({ note, children }: Props) {
  return (
    <section
      aria-label="Forecast"
      className="rounded-lg border border-slate-200 bg-white p-4 text-slate-900"
    >
      <h2 className="text-base/6 font-semibold">Weather in {station.location.name}</h2>
      <div className="mt-3 h-28">{children}</div>
      <p className="mt-2 h-4 text-xs/4 text-slate-600">{note}</p>
      {/* Open-Meteo's data is CC BY 4.0 and asks for this credit and link. @see https://open-meteo.com/en/licence */}
      <p className="mt-1 text-xs/4 text-slate-600">
        <a href="https://open-meteo.com/" className="text-sky-800 underline hover:no-underline">
          Weather data by Open-Meteo.com
        </a>{' '}
        <span className="whitespace-nowrap">
          (
          <a
            href="https://creativecommons.org/licenses/by/4.0/"
            rel="license"
            className="text-sky-800 underline hover:no-underline"
          >
            CC BY 4.0
          </a>
          )
        </span>
      </p>
    </section>
  );
}
