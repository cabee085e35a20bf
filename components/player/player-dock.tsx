import { getLiveNowPlaying } from '@/lib/cache/live-data';
import { station } from '@/lib/config';
import { Player } from './player.client';

/**
 * The Listen Live dock, in every cached page. It plays `/listen`, which sends the browser on to
 * the running server's STREAM_URL, so the stream stays a run-time setting that no cached page
 * or build has to know.
 */
export async function PlayerDock() {
  const { current } = await getLiveNowPlaying();
  return (
    <Player
      stationName={station.stationName}
      stationArtwork={station.artwork}
      stationLogo={station.logo}
      initialTrack={current}
    />
  );
}
