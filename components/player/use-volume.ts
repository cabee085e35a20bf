'use client';

import { useEffect, type RefObject } from 'react';
import { useStoredValue } from '@/components/use-stored-value';
import { volumeSettings } from './volume-store';

/** The remembered volume and mute, applied to the element whenever they change. */
export function useVolume(audioRef: RefObject<HTMLAudioElement | null>) {
  const [settings, setSettings] = useStoredValue(volumeSettings);
  useEffect(() => {
    const audio = audioRef.current;
    if (!audio) return;
    audio.volume = settings.volume;
    audio.muted = settings.muted;
  }, [audioRef, settings]);
  return [settings, setSettings] as const;
}
