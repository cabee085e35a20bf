import Link from 'next/link';
import { ShowArtwork } from '@/components/shows/show-artwork';
import { OnAirBadge } from './on-air-marks.client';
import { ShowTimes } from './show-times';
import type { Occurrence } from '@/lib/schedule/resolve';
import { joinNames } from '@/lib/shows/airings';
import { showPath } from '@/lib/shows/paths';

type Props = { occurrence: Occurrence };

/**
 * One show in a day's list: times, name, presenters, what it is. The list item around it
 * (`AiringItem`) is the island that marks it while on air; this part is server-rendered.
 */
export function ScheduleEntry({ occurrence }: Props) {
  const { showId, show, presenters, description, image, special, start, end } = occurrence;
  return (
    <>
      <p className="col-start-1 row-start-1 font-semibold tabular-nums sm:pt-0.5">
        <ShowTimes start={start} end={end} />
      </p>
      <div className="col-start-1 row-start-2 min-w-0 sm:col-start-2 sm:row-start-1">
        <div className="flex flex-wrap items-center gap-2 empty:hidden">
          <OnAirBadge start={start.toISOString()} />
          {special ? (
            <span className="rounded-sm border border-brand px-2 py-0.5 text-xs font-bold tracking-wider text-brand uppercase">
              Special
            </span>
          ) : null}
        </div>
        <h3 className="text-lg leading-snug font-bold">
          <Link href={showPath(showId)} prefetch={false} className="hover:underline">
            {show}
          </Link>
        </h3>
        {presenters.length > 0 ? (
          <p className="text-sm font-medium">with {joinNames(presenters)}</p>
        ) : null}
        <p className="mt-1 text-muted">{description}</p>
      </div>
      {image ? (
        <ShowArtwork
          src={image}
          size={72}
          className="col-start-2 row-span-2 row-start-1 size-14 rounded-sm sm:col-start-3 sm:row-span-1 sm:size-18"
        />
      ) : null}
    </>
  );
}
