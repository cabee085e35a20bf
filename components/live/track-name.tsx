import type { ReactNode } from 'react';
import type { NowPlaying } from '@/lib/now-playing/track';

type Props = {
  play: Pick<NowPlaying, 'artist' | 'title' | 'offAir'>;
  /**
   * What stands in for a play on air that names no track (lib/now-playing/untitled.ts): where
   * the caller knows them, the show and the station.
   */
  untitled?: ReactNode;
};

/**
 * "Atlantic Starr — Secret Lovers", the title alone when a source gave no artist, "Station off
 * air", or, on air with no title, what stands in for it ("Station on air" in a list of plays).
 * Text from playout is only ever rendered as text.
 */
export function TrackName({ play, untitled }: Props) {
  if (play.offAir) return <span className="italic">Station off air</span>;
  if (!play.title) return untitled ?? <span className="italic">Station on air</span>;
  return (
    <>
      {play.artist ? <span className="font-semibold">{play.artist}</span> : null}
      {play.artist ? ' — ' : null}
      <span>{play.title}</span>
    </>
  );
}
