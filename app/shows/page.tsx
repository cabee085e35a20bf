import type { Metadata } from 'next';
import Link from 'next/link';
import { AddToCalendar } from '@/components/shows/add-to-calendar';
import { ShowArtwork } from '@/components/shows/show-artwork';
import { station } from '@/lib/config';
import { schedule } from '@/lib/schedule/load';
import { joinNames, weeklyTimes, wallTimeLabel } from '@/lib/shows/airings';
import { SCHEDULE_CALENDAR_PATH, showPath } from '@/lib/shows/paths';

export const metadata: Metadata = {
  title: 'Shows',
  description: `Every programme on ${station.stationName}: who presents it and when it is on.`,
  alternates: { canonical: '/shows' },
};

/** Every show, by name, with its presenters and regular times. */
export default function ShowsPage() {
  const shows = [...schedule.shows].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="font-serif text-4xl font-bold">Shows</h1>
      <p className="mt-2 max-w-2xl text-lg text-muted">
        Every programme on {station.stationName}. Times are UK time; the{' '}
        <Link href="/schedule" prefetch={false} className="text-brand underline">
          schedule
        </Link>{' '}
        has the week day by day.
      </p>
      <div className="mt-4">
        <AddToCalendar path={SCHEDULE_CALENDAR_PATH} what="the schedule" />
      </div>
      <ul className="mt-8 grid gap-x-8 gap-y-6 sm:grid-cols-2 lg:grid-cols-3">
        {shows.map((show) => {
          const times = weeklyTimes(schedule, show.id);
          return (
            <li key={show.id} className="flex gap-4 border-t border-rule pt-4">
              <div className="min-w-0 flex-1">
                <h2 className="text-lg font-bold">
                  <Link href={showPath(show.id)} prefetch={false} className="hover:underline">
                    {show.name}
                  </Link>
                </h2>
                {show.presenters.length > 0 ? (
                  <p className="text-sm font-medium">with {joinNames(show.presenters)}</p>
                ) : null}
                <p className="mt-1 text-sm text-muted">
                  {times.length > 0
                    ? times
                        .map(
                          (time) =>
                            `${time.label}, ${wallTimeLabel(time.start)} – ${wallTimeLabel(time.end)}`,
                        )
                        .join('; ')
                    : 'Specials only'}
                </p>
              </div>
              {show.image ? (
                <ShowArtwork src={show.image} size={56} className="size-14 shrink-0 rounded-sm" />
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
