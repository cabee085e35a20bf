'use client';

import { useCallback, useState, useSyncExternalStore } from 'react';
import { useReceivedPlays } from '@/components/live/live-channel';
import { useBoundaryTimer } from '@/components/live/use-boundary-timer';
import { heardPlay } from '@/lib/player/heard-track';
import type { NowPlaying } from '@/lib/now-playing/track';
import type { LiveAudioController } from './live-audio-controller';

const noDelay = () => null;

/**
 * The track coming out of the listener's speaker: while the player plays, the one on air as
 * long ago as its audio is behind the live edge (lib/player/heard-track.ts), moving on at the
 * moment the listener reaches the next; otherwise, and until the delay is known, the studio's.
 */
export function useHeardTrack(
  controller: LiveAudioController,
  studio: NowPlaying | null,
): NowPlaying | null {
  const delayMs = useSyncExternalStore(controller.subscribe, controller.getDelayMs, noDelay);
  const plays = useReceivedPlays();
  const [heardId, setHeardId] = useState<number | null>(null);
  const update = useCallback(() => {
    if (delayMs === null) {
      setHeardId(null);
      return null;
    }
    const { play, changesAt } = heardPlay(plays, delayMs, Date.now());
    setHeardId(play?.id ?? null);
    return changesAt;
  }, [plays, delayMs]);
  useBoundaryTimer(update);
  if (delayMs === null || heardId === null) return studio;
  return plays.find((play) => play.id === heardId) ?? studio;
}
