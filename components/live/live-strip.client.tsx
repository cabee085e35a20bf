'use client';

// Island: the show on air changes at its boundary, and the track whenever the station says so,
// in an open tab and without a reload.
import { NowPlayingNow } from './now-playing-now';
import { useNowPlaying } from './now-playing-store';
import { OnAirNow } from './on-air-now';
import type { OnAirView } from './on-air-state';
import { useOnAir } from './use-on-air';
import type { NowPlaying } from '@/lib/now-playing/track';
import type { Schedule } from '@/lib/schedule/schema';

type Props = {
  schedule: Schedule;
  initialOnAir: OnAirView;
  initialTrack: NowPlaying | null;
  stationArtwork: string;
};

export function LiveStripIsland({ schedule, initialOnAir, initialTrack, stationArtwork }: Props) {
  const onAir = useOnAir(schedule, initialOnAir);
  const track = useNowPlaying(initialTrack);
  return (
    <>
      <OnAirNow {...onAir} />
      <NowPlayingNow track={track} fallbackArtwork={onAir.now.image ?? stationArtwork} />
    </>
  );
}
