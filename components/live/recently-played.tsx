import Link from 'next/link';
import { RecentlyPlayedList } from './recently-played.client';
import { getLiveNowPlaying, LIVE_HISTORY } from '@/lib/cache/live-data';
import { formatTime } from '@/lib/time/london';

/** "Recently played", from the play history, as the cached page last had it; grows live. */
export async function RecentlyPlayed() {
  const { history } = await getLiveNowPlaying();
  return (
    <section aria-labelledby="recently-played-heading" className="mt-10" data-print="hide">
      <h2 id="recently-played-heading" className="text-xl font-bold">
        Recently played
      </h2>
      <p className="mb-2 text-sm text-muted">Times are UK time.</p>
      <RecentlyPlayedList
        initialHistory={history}
        writtenTimes={Object.fromEntries(
          history.map((play) => [play.id, formatTime(new Date(play.startedAt))]),
        )}
        limit={LIVE_HISTORY - 1}
      />
      <p className="mt-3">
        <Link href="/played" prefetch={false} className="text-brand underline">
          Everything played today, by the hour
        </Link>
      </p>
    </section>
  );
}
