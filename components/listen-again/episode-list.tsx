import Link from 'next/link';
import { DateTime } from '@/components/date-time';
import { ShowTimes } from '@/components/schedule/show-times';
import type { ShowEpisodes } from '@/lib/cache/episodes';
import { formatLength } from '@/lib/listen-again/format';
import { episodePath, podcastPath } from '@/lib/listen-again/paths';

type Props = { showId: string; showName: string; listed: ShowEpisodes };

/**
 * "Listen again" on a show's page: its recorded airings, newest first, each a link to its page
 * (player and tracklist), and its podcast feed; or why there are none.
 */
export function EpisodeList({ showId, showName, listed }: Props) {
  if (listed.status === 'none') {
    return (
      <p className="mt-2 text-muted">
        {showName} is not available to listen again: its music licence covers live broadcast only.
      </p>
    );
  }
  return (
    <>
      <p className="mt-1 text-sm text-muted">
        Each programme stays for {listed.days} days after it is broadcast. Times are UK time.{' '}
        <a href={podcastPath(showId)} className="text-brand underline">
          Podcast feed (RSS)
        </a>
      </p>
      {listed.status !== 'listed' ? (
        <p className="mt-2 text-muted">Listen again is not available right now.</p>
      ) : listed.episodes.length === 0 ? (
        <p className="mt-2 text-muted">
          No recordings yet: each airing appears here a minute after it ends.
        </p>
      ) : (
        <ul className="mt-3 divide-y divide-rule border-y border-rule">
          {listed.episodes.map((episode) => {
            const [start, end] = [new Date(episode.start), new Date(episode.end)];
            return (
              <li key={episode.id} className="flex flex-wrap items-baseline gap-x-3 py-2">
                <Link
                  href={episodePath(showId, episode.id)}
                  prefetch={false}
                  className="font-semibold text-brand underline"
                >
                  <DateTime value={start} format="long-date" />,{' '}
                  <ShowTimes start={start} end={end} />
                </Link>
                <span className="text-sm text-muted">{formatLength(episode.durationS)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
