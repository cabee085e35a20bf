import Link from 'next/link';
import { NextAiring } from './next-airing';
import { getShowAirings } from '@/lib/cache/live-data';
import { findShow } from '@/lib/shows/airings';
import { showPath } from '@/lib/shows/paths';
import { schedule } from '@/lib/schedule/load';

/**
 * "On air" beside a story about a programme: the show, and when it is next on (or that it is on
 * now), kept right by the browser's clock; a link to its page.
 */
export async function ShowOnAirCard({ showId }: { showId: string }) {
  const show = findShow(schedule, showId);
  if (!show) return null;
  const { airings, at } = await getShowAirings(showId);
  return (
    <section
      aria-labelledby={`on-air-${showId}`}
      className="rounded-md border border-rule bg-wash p-4"
      data-testid="show-on-air-card"
    >
      <p className="text-xs font-bold tracking-wider text-live uppercase">On air</p>
      <h2 id={`on-air-${showId}`} className="mt-1 text-lg font-bold">
        <Link href={showPath(showId)} prefetch={false} className="text-brand underline">
          {show.name}
        </Link>
      </h2>
      <div className="mt-1 text-sm">
        <NextAiring airings={airings} renderedAt={at} />
      </div>
    </section>
  );
}
