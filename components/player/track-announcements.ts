'use client';

import { useSyncExternalStore } from 'react';
import { storedValue } from '@/lib/browser/stored-value';

/**
 * Whether screen readers are told of each new track (the strip's live region): on unless the
 * listener turned it off in the player, remembered across visits. Someone listening for an hour
 * hears a title every three minutes otherwise, over the music.
 */
const announceTracks = storedValue<boolean>({
  key: 'oldham-reporter-player:announce-tracks',
  area: 'local',
  fallback: true,
  parse: (raw) => raw !== 'off',
  serialize: (on) => (on ? 'on' : 'off'),
});

export function useTrackAnnouncements() {
  const on = useSyncExternalStore(
    announceTracks.subscribe,
    announceTracks.get,
    announceTracks.getServer,
  );
  return [on, announceTracks.set] as const;
}
