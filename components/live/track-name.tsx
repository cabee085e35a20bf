import type { NowPlaying } from '@/lib/now-playing/track';

/**
 * "Atlantic Starr — Secret Lovers", the title alone when a source gave no artist, or "Off air".
 * Text from playout is only ever rendered as text.
 */
export function TrackName({ play }: { play: Pick<NowPlaying, 'artist' | 'title' | 'offAir'> }) {
  if (play.offAir) return <span className="italic">Station off air</span>;
  return (
    <>
      {play.artist ? <span className="font-semibold">{play.artist}</span> : null}
      {play.artist ? ' — ' : null}
      <span>{play.title}</span>
    </>
  );
}
