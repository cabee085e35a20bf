'use client';

// Island: the show on air changes at its boundary, and the track whenever the station says so,
// in an open tab and without a reload.
import { useTrackAnnouncements } from '@/components/player/track-announcements';
import { NowPlayingNow } from './now-playing-now';
import { useNowPlaying } from './live-channel';
import { OnAirNow } from './on-air-now';
import { useOnAir } from './use-on-air';
import type { NowPlaying } from '@/lib/now-playing/track';
import type { AiringView, OnAirView } from '@/lib/schedule/airing-view';

type Props = {
  initialOnAir: OnAirView;
  /** The airings of the coming days, from the one on air when the page was cached. */
  upcoming: AiringView[];
  initialTrack: NowPlaying | null;
  /** Shown beside the track when neither it nor the show has a picture. */
  stationLogo: string;
};

export function LiveStripIsland({ initialOnAir, upcoming, initialTrack, stationLogo }: Props) {
  const onAir = useOnAir(initialOnAir, upcoming);
  const track = useNowPlaying(initialTrack);
  const [announce] = useTrackAnnouncements();
  return (
    <>
      <OnAirNow {...onAir} />
      <NowPlayingNow
        track={track}
        fallbackArtwork={onAir.now.image ?? stationLogo}
        announce={announce}
      />
    </>
  );
}
