import { LiveStripFrame } from './live-strip-frame';
import { LiveStripIsland } from './live-strip.client';
import { getLiveNowPlaying, getLiveOnAir } from '@/lib/cache/live-data';
import { station } from '@/lib/config';
import { formatTime } from '@/lib/time/london';

/**
 * The live strip as of the cached page's last regeneration (lib/cache/live-data.ts), so even the
 * first HTML of a cached article names the show on air and the track playing; the island then
 * follows the clock and the station from there.
 */
export async function LiveStrip() {
  const [{ upcoming, ...onAir }, { current }] = await Promise.all([
    getLiveOnAir(),
    getLiveNowPlaying(),
  ]);
  return (
    <LiveStripFrame>
      <LiveStripIsland
        initialOnAir={onAir}
        initialTimes={{
          nowStart: formatTime(new Date(onAir.now.start)),
          nowEnd: formatTime(new Date(onAir.now.end)),
          nextStart: formatTime(new Date(onAir.next.start)),
        }}
        upcoming={upcoming}
        initialTrack={current}
        stationLogo={station.logo}
        stationName={station.stationName}
      />
    </LiveStripFrame>
  );
}
