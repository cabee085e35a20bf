import { connection } from 'next/server';
import { station, streamUrl } from '@/lib/config';
import { getNowPlayingSnapshot } from '@/lib/now-playing/runtime';
import type { NowPlaying } from '@/lib/now-playing/track';
import { PlayerDockFrame } from './player-dock-frame';
import { Player } from './player.client';

/**
 * The Listen Live dock, rendered per request (a dynamic hole in the prerendered shell): the
 * stream URL is the running server's setting (STREAM_URL), never one baked in at build time.
 */
export async function PlayerDock() {
  await connection();
  const url = streamUrl();
  if (!url) {
    return (
      <PlayerDockFrame>
        <p className="min-w-0 flex-1 truncate text-sm text-white/80">Live stream not configured</p>
      </PlayerDockFrame>
    );
  }
  return (
    <Player
      streamUrl={url}
      stationName={station.stationName}
      stationArtwork={station.artwork}
      initialTrack={currentTrack()}
    />
  );
}

// The dock must render even if the play history cannot be read; the event stream fills it in.
function currentTrack(): NowPlaying | null {
  try {
    return getNowPlayingSnapshot(1).current;
  } catch (error) {
    console.error('[player] could not read the current track', error);
    return null;
  }
}
