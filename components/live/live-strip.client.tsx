'use client';

// Island: the show on air changes at its boundary, and the track whenever the station says so,
// in an open tab and without a reload.
import { useId, useState } from 'react';
import { useTrackAnnouncements } from '@/components/player/track-announcements';
import { useHydrated } from '@/components/use-hydrated';
import { NowPlayingNow } from './now-playing-now';
import { useNowPlaying } from './live-channel';
import { OnAirNow } from './on-air-now';
import { useOnAir } from './use-on-air';
import type { NowPlaying } from '@/lib/now-playing/track';
import type { AiringView, OnAirTimes, OnAirView } from '@/lib/schedule/airing-view';
import { ChevronIcon } from '@/components/site/chevron-icon';

type Props = {
  initialOnAir: OnAirView;
  /** initialOnAir's times, written by the server: hydrating, the strip makes no formatter. */
  initialTimes: OnAirTimes;
  /** The airings of the coming days, from the one on air when the page was cached. */
  upcoming: AiringView[];
  initialTrack: NowPlaying | null;
  /** Shown beside the track when neither it nor the show has a picture. */
  stationLogo: string;
  /** With the show, it stands in for a track when the source names none. */
  stationName: string;
};

/**
 * On a phone the strip is one line, the show and the track ("● Late Night Love Songs · Atlantic
 * Starr — Secret Lovers"), which opens to the whole strip (times, up next, artwork) on a tap;
 * from `sm` up it is all there in one row. One set of elements either way, so the live region
 * and the names the tests and screen readers use are the same.
 */
export function LiveStripIsland({
  initialOnAir,
  initialTimes,
  upcoming,
  initialTrack,
  stationLogo,
  stationName,
}: Props) {
  const onAir = useOnAir(initialOnAir, upcoming);
  const track = useNowPlaying(initialTrack);
  const [announce] = useTrackAnnouncements();
  const [open, setOpen] = useState(false);
  const hydrated = useHydrated();
  const id = useId();
  return (
    <div
      className="group/strip relative mx-auto max-w-6xl px-4"
      data-open={open ? 'true' : 'false'}
    >
      <div
        id={id}
        className="flex h-11 items-center gap-2 pr-11 group-data-[open=true]/strip:grid group-data-[open=true]/strip:h-auto group-data-[open=true]/strip:grid-cols-1 group-data-[open=true]/strip:gap-y-1 group-data-[open=true]/strip:py-2 sm:grid sm:h-16 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,2fr)] sm:content-center sm:gap-x-6 sm:pr-0 sm:group-data-[open=true]/strip:h-16 sm:group-data-[open=true]/strip:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,2fr)] sm:group-data-[open=true]/strip:py-0"
      >
        <OnAirNow {...onAir} times={onAir === initialOnAir ? initialTimes : undefined} />
        <NowPlayingNow
          track={track}
          show={onAir.now.show}
          stationName={stationName}
          fallbackArtwork={onAir.now.image ?? stationLogo}
          announce={announce}
        />
      </div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        aria-label="More about what is on air"
        disabled={!hydrated}
        onClick={() => setOpen(!open)}
        className="absolute top-0 right-2 grid size-11 place-items-center rounded-sm text-white/85 hover:text-white focus-visible:outline-accent sm:hidden"
      >
        <ChevronIcon className="size-5 transition-transform group-data-[open=true]/strip:rotate-180" />
      </button>
    </div>
  );
}
