import { DateTime } from '@/components/date-time';
import type { EpisodeSource } from '@/components/player/episode-controller';
import { trackTitle, type EpisodeTrack } from '@/lib/listen-again/episode';
import { ChapterButton } from './episode-buttons.client';

type Props = { source: EpisodeSource; tracks: EpisodeTrack[] };

/**
 * The airing's tracks, from the play history, each with its place in the recording (pressing it
 * plays from there) and the UK time it went out. A track the recording does not hold is listed
 * without a place; one it joins part-way is marked.
 */
export function EpisodeTracks({ source, tracks }: Props) {
  if (tracks.length === 0) {
    return <p className="mt-2 text-muted">No tracks were logged during this programme.</p>;
  }
  return (
    <>
      <p className="mt-1 text-sm text-muted">
        Press a time to listen from there. Times on the right are when each track went out, UK time.
      </p>
      <ol className="mt-3 divide-y divide-rule border-y border-rule">
        {tracks.map(({ play, at, joined }) => {
          const title = trackTitle(play);
          return (
            <li key={play.id} className="flex items-baseline gap-3 py-2">
              <span className="w-20 shrink-0">
                {at === null ? (
                  <span className="px-1 text-sm text-muted">not recorded</span>
                ) : (
                  <ChapterButton source={source} at={at} track={title} />
                )}
              </span>
              <span className="min-w-0 flex-1">
                {play.artist ? <span className="font-semibold">{play.artist}</span> : null}
                {play.artist ? ' — ' : null}
                {play.title}
                {joined ? <span className="text-sm text-muted"> (from part-way)</span> : null}
              </span>
              <DateTime
                value={play.startedAt}
                format="time"
                className="shrink-0 text-sm text-muted tabular-nums"
              />
            </li>
          );
        })}
      </ol>
    </>
  );
}
