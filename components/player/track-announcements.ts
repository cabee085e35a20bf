'use client';

import { storedSwitch } from '@/lib/browser/stored-value';
import { useStoredValue } from '@/components/use-stored-value';

/**
 * Whether screen readers are told of each new track (the strip's live region): on unless the
 * listener turned it off in the player, remembered across visits. Someone listening for an hour
 * hears a title every three minutes otherwise, over the music.
 */
const announceTracks = storedSwitch('oldham-reporter-player:announce-tracks', true);

export const useTrackAnnouncements = () => useStoredValue(announceTracks);
