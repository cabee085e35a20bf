'use client';

import { useSyncExternalStore } from 'react';
import type { NowPlaying } from '@/lib/now-playing/track';

/**
 * One EventSource per tab, shared by every component that shows the track (the strip, the
 * player): the server pushes each change the moment it is stored, so nothing polls.
 * The browser reconnects by itself, and the server sends the current track on every connect.
 * @see https://html.spec.whatwg.org/multipage/server-sent-events.html
 */
const EVENTS_URL = '/api/now-playing/events';

let latest: NowPlaying | undefined;
let source: EventSource | undefined;
const listeners = new Set<() => void>();

// Our own server sent it, but it is still text off the network: check the shape before use.
function readTrack(data: string): NowPlaying | undefined {
  try {
    const value: unknown = JSON.parse(data);
    if (!value || typeof value !== 'object') return undefined;
    const track = value as Record<string, unknown>;
    const ok =
      typeof track.id === 'number' &&
      typeof track.artist === 'string' &&
      typeof track.title === 'string' &&
      typeof track.startedAt === 'string' &&
      (track.artwork === undefined || typeof track.artwork === 'string');
    return ok ? (value as NowPlaying) : undefined;
  } catch {
    return undefined;
  }
}

function open() {
  if (source || typeof EventSource === 'undefined') return;
  source = new EventSource(EVENTS_URL);
  source.addEventListener('now-playing', (event) => {
    const track = readTrack((event as MessageEvent<string>).data);
    if (!track) return;
    latest = track;
    for (const listener of listeners) listener();
  });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  open();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      source?.close();
      source = undefined;
    }
  };
}

/** The track on air: the server's answer at first, then every change pushed since. */
export function useNowPlaying(initial: NowPlaying | null): NowPlaying | null {
  return useSyncExternalStore(
    subscribe,
    () => latest ?? initial,
    () => initial,
  );
}
