import { Artwork } from './artwork.client';
import { LiveChannelStatus } from './live-channel-status';
import { TrackName } from './track-name';
import type { NowPlaying } from '@/lib/now-playing/track';

// On a phone, until the strip is opened (live-strip.client.tsx), only the track shows.
const OPEN_ONLY = 'max-sm:group-data-[open=false]/strip:hidden';
const CLOSED_ONLY = 'hidden max-sm:group-data-[open=false]/strip:inline';

type Props = {
  track: NowPlaying | null;
  /** The show on air and the station: they stand in for a track when the source names none. */
  show: string;
  stationName: string;
  /** Shown when the track has no artwork (or it fails to load): the show's, else the station's. */
  fallbackArtwork: string;
  /** Screen readers hear each new track, unless the listener turned that off in the player. */
  announce: boolean;
};

/**
 * "Now Playing: Atlantic Starr — Secret Lovers", "with DJ Dee" when a presenter is live,
 * "Station off air", or, on air with no title from the source, "Late Night Love Songs on Oldham
 * Community Radio"; under it a word when live updates are paused. Screen readers hear each change
 * once: the text changes only when the track does, never on a heartbeat.
 */
export function NowPlayingNow({ track, show, stationName, fallbackArtwork, announce }: Props) {
  return (
    <div className="flex min-w-0 flex-1 items-center gap-3" data-testid="now-playing">
      <span aria-hidden="true" className={`text-white/60 ${CLOSED_ONLY}`}>
        ·
      </span>
      <Artwork
        chain={[track?.artwork, fallbackArtwork]}
        className={`size-10 shrink-0 rounded-sm bg-white/10 ${OPEN_ONLY}`}
      />
      <div className="min-w-0">
        <p
          className={`truncate text-xs font-bold tracking-wider text-accent uppercase ${OPEN_ONLY}`}
        >
          Now Playing
          {track?.streamer ? (
            <span className="font-semibold tracking-normal text-white/90 normal-case">
              {' '}
              · live with {track.streamer}
            </span>
          ) : null}
        </p>
        <p className="truncate" aria-live={announce ? 'polite' : 'off'} aria-atomic="true">
          {track ? (
            <>
              <span className="sr-only">Now playing: </span>
              <TrackName
                play={track}
                untitled={<OnAirUntitled show={show} station={stationName} />}
              />
            </>
          ) : (
            <span className="text-white/80">Track details not available</span>
          )}
        </p>
        <LiveChannelStatus />
      </div>
    </div>
  );
}

/**
 * In a track's place when the source names none: "Late Night Love Songs on Oldham Community
 * Radio"; on a phone's one-line strip, which names the show just before it, the station alone.
 */
function OnAirUntitled({ show, station }: { show: string; station: string }) {
  return (
    <span>
      <span className={OPEN_ONLY}>{show} on </span>
      {station}
    </span>
  );
}
