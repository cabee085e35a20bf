'use client';

// Island: the list grows in an open tab as tracks change, from the same push as the strip.
import { useReceivedPlays } from './live-channel';
import { PlayList } from './play-list';
import type { NowPlaying } from '@/lib/now-playing/track';

type Props = {
  /** Newest first, the track playing now included at the head. */
  initialHistory: NowPlaying[];
  /** The start times of initialHistory as the server wrote them, by play id. */
  writtenTimes: Readonly<Record<number, string>>;
  limit: number;
};

export function RecentlyPlayedList({ initialHistory, writtenTimes, limit }: Props) {
  const received = useReceivedPlays();
  // What the page was cached with, and every play pushed since (a replayed one replaces its id).
  const plays = [...received, ...initialHistory]
    .filter((play, index, all) => all.findIndex((other) => other.id === play.id) === index)
    .sort((a, b) => b.id - a.id);
  // The head is on now; the rest have finished.
  const finished = plays.slice(1, limit + 1);
  if (finished.length === 0) return <p className="text-muted">Nothing has been played yet.</p>;
  return <PlayList plays={finished} writtenTimes={writtenTimes} />;
}
