import Link from 'next/link';
import { DateTime } from '@/components/date-time';
import { TrackName } from '@/components/live/track-name';
import { groupByHour, playRowId, type PlayedHour } from '@/lib/played/day';
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
 * Each hour is a linked section (`#h-20`); each play a row the time field can move to. A day is
 * up to ~500 rows, so a row is lean: its styles are classes of their own (app/globals.css), and
 * its artwork a plain lazy <img> whose dead links one island mends (./artwork-fallback.client.tsx).
 */
export function PlayedHours({ date, plays, clocksChange }: Props) {
  const hours = groupByHour(date, plays);
  return (
    <>
      <HourLinks hours={hours} />
      <div id="played-list" className="mt-6 space-y-8">
        {hours.map((hour) => (
          <section
            key={hour.id}
            id={hour.id}
            aria-labelledby={`${hour.id}-heading`}
            className="played-hour"
          >
            <h2
              id={`${hour.id}-heading`}
              className="sticky top-0 z-10 border-b border-rule bg-paper py-1 text-lg font-bold"
            >
              {hour.label}
            </h2>
            <ol className="divide-y divide-rule">
              {hour.plays.map((play) => (
                <li key={play.id} id={playRowId(play)} tabIndex={-1} className="played-row">
                  <DateTime
                    value={play.startedAt}
                    format={clocksChange ? 'time-zone' : 'time'}
                    className={clocksChange ? 'played-time-zone' : 'played-time'}
                  />
                  <PlayArtwork play={play} />
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
    </>
  );
}

/** Links to each hour with plays: how a reader without JavaScript finds a time. */
function HourLinks({ hours }: { hours: readonly PlayedHour<unknown>[] }) {
  if (hours.length === 0) return null;
  return (
    <nav aria-label="Hours" className="text-sm">
      <ul className="flex flex-wrap gap-1">
        {hours.map((hour) => (
          <li key={hour.id}>
            <a
              href={`#${hour.id}`}
              className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-sm border border-rule px-2 font-semibold text-brand hover:bg-wash"
            >
              {hour.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The track's artwork, else its show's; decorative (the words beside it say what played). */
function PlayArtwork({ play }: { play: PlayWithShow }) {
  const src = play.artwork ?? play.show?.image;
  if (!src) return <span aria-hidden="true" className="played-art" />;
  const fallback = play.artwork ? play.show?.image : undefined;
  return (
    // Not next/image: track artwork comes from whatever host the playout software names.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={src}
      alt=""
      width={40}
      height={40}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      data-fallback={fallback}
      className="played-art"
    />
  );
}
