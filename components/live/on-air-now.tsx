import type { OnAirTimes, OnAirView } from '@/lib/schedule/airing-view';
import { DateTime } from '@/components/date-time';
import { ShowLink } from './show-link';

// On a phone, until the strip is opened (live-strip.client.tsx), only the show's name shows.
const OPEN_ONLY = 'max-sm:group-data-[open=false]/strip:hidden';
const CLOSED_ONLY = 'hidden max-sm:group-data-[open=false]/strip:inline-block';

/**
 * "On Air Now: Late Night Love Songs 11:00pm - 1:00am" and "Up next". Times are the station's
 * (UK) times whatever the reader's zone; the label says so.
 */
export function OnAirNow({ now, next, times }: OnAirView & { times?: OnAirTimes }) {
  return (
    <>
      <div className="min-w-0 shrink" data-testid="on-air-now">
        <p className={`text-xs font-bold tracking-wider text-accent uppercase ${OPEN_ONLY}`}>
          <span
            aria-hidden="true"
            className="mr-1.5 inline-block size-2 rounded-full bg-live align-middle ring-2 ring-white/80"
          />
          On Air Now
        </p>
        <p className="truncate">
          <span
            aria-hidden="true"
            className={`mr-2 size-2 rounded-full bg-live align-middle ring-2 ring-white/80 ${CLOSED_ONLY}`}
          />
          <span className="sr-only max-sm:group-data-[open=true]/strip:hidden sm:hidden">
            On air now:{' '}
          </span>
          <ShowLink airing={now} className="font-semibold" />{' '}
          <span className={OPEN_ONLY}>
            <span className="whitespace-nowrap text-white/90">
              <DateTime value={now.start} format="time" written={times?.nowStart} /> -{' '}
              <DateTime value={now.end} format="time" written={times?.nowEnd} />
            </span>{' '}
            <span className="text-xs text-white/80">UK time</span>
          </span>
        </p>
      </div>
      <div className={`min-w-0 ${OPEN_ONLY}`} data-testid="up-next">
        <p className="text-xs font-bold tracking-wider text-white/80 uppercase">Up next</p>
        <p className="truncate">
          <ShowLink airing={next} className="font-semibold" />{' '}
          <DateTime
            value={next.start}
            format="time"
            written={times?.nextStart}
            className="whitespace-nowrap text-white/90"
          />
        </p>
      </div>
    </>
  );
}
