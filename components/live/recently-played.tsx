import { connection } from 'next/server';
import { Suspense } from 'react';
import { RecentlyPlayedList } from './recently-played.client';
import { getNowPlayingSnapshot } from '@/lib/now-playing/runtime';

const LIMIT = 8;

/** "Recently played", from the play history kept in SQLite; read per request. */
export function RecentlyPlayed() {
  return (
    <section aria-labelledby="recently-played-heading" className="mt-10" data-print="hide">
      <h2 id="recently-played-heading" className="text-xl font-bold">
        Recently played
      </h2>
      <p className="mb-2 text-sm text-muted">Times are UK time.</p>
      <Suspense fallback={<p className="text-muted">Loading the last tracks…</p>}>
        <History />
      </Suspense>
    </section>
  );
}

async function History() {
  await connection();
  return (
    <RecentlyPlayedList initialHistory={getNowPlayingSnapshot(LIMIT + 1).history} limit={LIMIT} />
  );
}
