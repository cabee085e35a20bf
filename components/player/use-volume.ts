'use client';

import { useEffect, useSyncExternalStore, type RefObject } from 'react';
import { volumeSettings } from './volume-store';

/** The remembered volume and mute, applied to the element whenever they change. */
export function useVolume(audioRef: RefObject<HTMLAudioElement | null>) {
  const settings = useSyncExternalStore(
    volumeSettings.subscribe,
    volumeSettings.get,
    volumeSettings.getServer,
  );
  useEffect(() => {
    const audio = audioRef.current;
    if (!audio) return;
    audio.volume = settings.volume;
    audio.muted = settings.muted;
  }, [audioRef, settings]);
  return [settings, volumeSettings.set] as const;
}
