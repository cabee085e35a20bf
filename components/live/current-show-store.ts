'use client';

import { useSyncExternalStore } from 'react';
import type { AiringView } from '@/lib/schedule/airing-view';

/**
 * The show on air, as the live strip last computed it, for other islands in the tab (the
 * player uses its image as artwork when the track has none). The strip is the only writer.
 */
let current: AiringView | null = null;
const listeners = new Set<() => void>();

export function publishCurrentShow(show: AiringView) {
  if (current && current.showId === show.showId && current.start === show.start) return;
  current = show;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCurrentShow(): AiringView | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
}
