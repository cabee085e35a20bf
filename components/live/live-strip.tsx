import { connection } from 'next/server';
import { LiveStripFrame } from './live-strip-frame';
import { LiveStripIsland } from './live-strip.client';
import { onAirViewAt } from './on-air-state';
import { station } from '@/lib/config';
import { getNowPlayingSnapshot } from '@/lib/now-playing/runtime';
import { schedule } from '@/lib/schedule/load';

/**
 * The live strip, rendered for the moment of each request (a dynamic hole in otherwise
 * prerendered pages), so even the first HTML of a cached article names the show on air and
 * the track playing.
 */
export async function LiveStrip() {
  await connection();
  return (
    <LiveStripFrame>
      <LiveStripIsland
        schedule={schedule}
        initialOnAir={onAirViewAt(schedule, new Date())}
        initialTrack={getNowPlayingSnapshot(1).current}
        stationArtwork={station.artwork}
      />
    </LiveStripFrame>
  );
}
