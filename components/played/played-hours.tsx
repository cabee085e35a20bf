import Link from 'next/link';
import { DateTime } from '@/components/date-time';
import { Artwork } from '@/components/live/artwork.client';
import { TrackName } from '@/components/live/track-name';
import { groupByHour, playRowId } from '@/lib/played/day';
import type { PlayWithShow } from '@/lib/played/plays';
import { showPath } from '@/lib/shows/paths';
import type { LondonDate } from '@/lib/time/london-calendar';

type Props = {
  date: LondonDate;
  /** Oldest first. */
  plays: readonly PlayWithShow[];
  /** The day's clocks change: each time says its zone, since an hour repeats or goes missing. */
  clocksChange: boolean;
};

/**
 * A day's plays by the hour, each with its UK time, artwork and the show it was in. Rendered on
 * the server for past days, and in today's island (./played-today.client.tsx) as plays arrive.
 * Each hour is a linked section (`#h-20`); each play a row the time field can move to.
 */
export function PlayedHours({ date, plays, clocksChange }: Props) {
  return (
    <div id="played-list" className="space-y-8">
      {groupByHour(date, plays).map((hour) => (
        <section key={hour.id} id={hour.id} aria-labelledby={`${hour.id}-heading`}>
          <h2
            id={`${hour.id}-heading`}
            className="sticky top-0 z-10 border-b border-rule bg-paper py-1 text-lg font-bold"
          >
            {hour.label}
          </h2>
          <ol className="divide-y divide-rule">
            {hour.plays.map((play) => (
              <li
                key={play.id}
                id={playRowId(play)}
                tabIndex={-1}
                className="flex scroll-mt-12 items-center gap-3 py-2 target:bg-wash focus:bg-wash focus:outline-2 focus:outline-brand"
              >
                <DateTime
                  value={play.startedAt}
                  format={clocksChange ? 'time-zone' : 'time'}
                  className={`${clocksChange ? 'w-24' : 'w-16'} shrink-0 text-sm text-muted tabular-nums`}
                />
                <Artwork
                  chain={[play.artwork, play.show?.image]}
                  className="size-10 shrink-0 rounded-sm bg-wash"
                />
                <span className="min-w-0">
                  <span className="block break-words">
                    <TrackName play={play} />
                  </span>
                  {play.show ? (
                    <span className="block text-sm text-muted">
                      in{' '}
                      <Link href={showPath(play.show.id)} prefetch={false} className="underline">
                        {play.show.name}
                      </Link>
                    </span>
                  ) : null}
                </span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
