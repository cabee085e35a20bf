import type { NowPlaying } from '@/lib/now-playing/track';

type Props = {
  track: NowPlaying | null;
  /** Shown when the track has no artwork: the show's image, else the station's. */
  fallbackArtwork: string;
};

/**
 * "Now Playing: Atlantic Starr — Secret Lovers". Metadata comes from outside (playout software,
 * Icecast), so it is only ever rendered as text. Screen readers hear each new track once: the
 * text changes only when the track does, never on a heartbeat.
 */
export function NowPlayingNow({ track, fallbackArtwork }: Props) {
  return (
    <div className="flex min-w-0 items-center gap-3" data-testid="now-playing">
      {/* eslint-disable-next-line @next/next/no-img-element -- artwork is on the station's servers, any host */}
      <img
        src={track?.artwork ?? fallbackArtwork}
        alt=""
        width={40}
        height={40}
        // A thumbnail: never ahead of the page's text and lead image in the queue (nor preloaded).
        fetchPriority="low"
        className="size-10 shrink-0 rounded-sm bg-white/10 object-cover"
      />
      <div className="min-w-0">
        <p className="text-xs font-bold tracking-wider text-accent uppercase">Now Playing</p>
        <p className="truncate" aria-live="polite" aria-atomic="true">
          {track ? (
            <>
              <span className="sr-only">Now playing: </span>
              {track.artist ? <span className="font-semibold">{track.artist}</span> : null}
              {track.artist ? ' — ' : null}
              <span>{track.title}</span>
            </>
          ) : (
            <span className="text-white/80">Track details not available</span>
          )}
        </p>
      </div>
    </div>
  );
}
