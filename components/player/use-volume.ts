'use client';

import { useEffect, type RefObject } from 'react';
import { useStoredValue } from '@/components/use-stored-value';
import { volumeSettings } from './volume-store';

/**
 * The remembered volume and mute, applied to the elements (the live stream's and listen again's)
 * whenever they change.
 */
export function useVolume(...audioRefs: RefObject<HTMLAudioElement | null>[]) {
  const [settings, setSettings] = useStoredValue(volumeSettings);
  useEffect(() => {
    for (const ref of audioRefs) {
      const audio = ref.current;
      if (!audio) continue;
      audio.volume = settings.volume;
      audio.muted = settings.muted;
    }
    // The refs are the dock's own, fixed for its life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settings]);
  return [settings, setSettings] as const;
}
