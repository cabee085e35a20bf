import { DateTime } from '@/components/date-time';
import type { NowPlaying } from '@/lib/now-playing/track';
import { TrackName } from './track-name';

type Props = {
  plays: NowPlaying[];
  /** Start times the server has written, by play id: an island hydrates without a formatter. */
  writtenTimes?: Readonly<Record<number, string>>;
  className?: string;
};

/** Plays in a list, each with its UK start time: "Recently played" and a show's playlists. */
export function PlayList({ plays, writtenTimes, className = '' }: Props) {
  return (
    <ol className={`divide-y divide-rule ${className}`}>
      {plays.map((play) => (
        <li key={play.id} className="flex gap-3 py-2">
          <DateTime
            value={play.startedAt}
            format="time"
            written={writtenTimes?.[play.id]}
            className="w-16 shrink-0 text-sm text-muted tabular-nums"
          />
          <span className="min-w-0">
            <TrackName play={play} />
          </span>
        </li>
      ))}
    </ol>
  );
}
