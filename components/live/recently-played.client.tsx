'use client';

// Island: the list grows in an open tab as tracks change, from the same push as the strip.
import { useState } from 'react';
import { useNowPlaying } from './now-playing-store';
import { formatTime } from '@/lib/time/london';
import type { NowPlaying } from '@/lib/now-playing/track';

type Props = {
  /** Newest first, the track playing now included at the head. */
  initialHistory: NowPlaying[];
  limit: number;
};

export function RecentlyPlayedList({ initialHistory, limit }: Props) {
  const track = useNowPlaying(initialHistory[0] ?? null);
  const [history, setHistory] = useState(initialHistory);
  // A newer play than the head of the list: the one before it has just finished.
  if (track && (history[0]?.id ?? 0) < track.id)
    setHistory([track, ...history].slice(0, limit + 1));

  const finished = history.slice(1, limit + 1);
  if (finished.length === 0) return <p className="text-muted">Nothing has been played yet.</p>;
  return (
    <ol className="divide-y divide-rule">
      {finished.map((play) => (
        <li key={play.id} className="flex gap-3 py-2">
          <time dateTime={play.startedAt} className="w-16 shrink-0 text-sm text-muted tabular-nums">
            {formatTime(new Date(play.startedAt))}
          </time>
          <span className="min-w-0">
            {play.artist ? <span className="font-semibold">{play.artist}</span> : null}
            {play.artist ? ' — ' : null}
            {play.title}
          </span>
        </li>
      ))}
    </ol>
  );
}
