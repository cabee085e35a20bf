import Link from 'next/link';
import { DateTime } from '@/components/date-time';
import { ShowTimes } from '@/components/schedule/show-times';
import { PlayList } from '@/components/live/play-list';
import type { AiringPlaylist } from '@/lib/cache/live-data';
import { playedAtPath } from '@/lib/played/day';

type Props = { showName: string; playlists: AiringPlaylist[] | null };

/**
 * "What it played": the tracks of the show's latest airing and the one before, from the play
 * history, each with the UK time it started; an empty state that says which.
 */
export function ShowPlaylists({ showName, playlists }: Props) {
  if (playlists === null) {
    return <p className="text-muted">The playlist is not available right now.</p>;
  }
  if (playlists.length === 0) {
    return <p className="text-muted">{showName} has not been on air in the last two weeks.</p>;
  }
  return (
    <div className="space-y-6">
      {playlists.map(({ airing, onAirNow, plays }) => {
        const [start, end] = [new Date(airing.start), new Date(airing.end)];
        return (
          <section key={airing.start} aria-labelledby={`played-${airing.start}`}>
            <h3 id={`played-${airing.start}`} className="font-bold">
              {onAirNow ? 'Playing now, on ' : 'Last played on '}
              <DateTime value={start} format="short-date" />, <ShowTimes start={start} end={end} />
            </h3>
            {plays.length > 0 || onAirNow ? (
              <p className="mt-1 text-sm">
                <Link href={playedAtPath(start)} prefetch={false} className="text-brand underline">
                  Everything played on <DateTime value={start} format="short-date" />, by the hour
                </Link>
              </p>
            ) : null}
            {plays.length === 0 ? (
              <p className="mt-1 text-muted">
                {onAirNow ? 'No tracks logged yet.' : 'No tracks were logged during this airing.'}
              </p>
            ) : (
              <PlayList plays={plays} className="mt-2 border-y border-rule" />
            )}
          </section>
        );
      })}
    </div>
  );
}
