'use client';

import { useSyncExternalStore } from 'react';
import type { NowPlaying } from '@/lib/now-playing/track';

/**
 * One EventSource per tab, shared by every component that shows the track (the strip, the
 * player, "Recently played"): the server pushes each change the moment it is stored, so nothing
 * polls. The browser reconnects by itself with the last event's id, and the server then sends
 * every change this tab missed, in order; all of them are kept here (the newest few), so a list
 * of plays misses none even when several arrive at once.
 * @see https://html.spec.whatwg.org/multipage/server-sent-events.html
 */
const EVENTS_URL = '/api/now-playing/events';
const KEEP = 20;

/** Plays received since the page loaded, newest first. */
let received: NowPlaying[] = [];
let source: EventSource | undefined;
const listeners = new Set<() => void>();

const isText = (value: unknown) => typeof value === 'string';
const isOptional = (value: unknown, check: (value: unknown) => boolean) =>
  value === undefined || check(value);

// Our own server sent it, but it is still text off the network: check the shape before use.
function readPlay(data: string): NowPlaying | undefined {
  try {
    const value: unknown = JSON.parse(data);
    if (!value || typeof value !== 'object') return undefined;
    const play = value as Record<string, unknown>;
    const ok =
      typeof play.id === 'number' &&
      isText(play.artist) &&
      isText(play.title) &&
      isText(play.startedAt) &&
      isOptional(play.artwork, isText) &&
      isOptional(play.streamer, isText) &&
      isOptional(play.offAir, (offAir) => offAir === true) &&
      isOptional(play.revision, (revision) => typeof revision === 'number');
    return ok ? (value as NowPlaying) : undefined;
  } catch {
    return undefined;
  }
}

function open() {
  if (source || typeof EventSource === 'undefined') return;
  source = new EventSource(EVENTS_URL);
  source.addEventListener('now-playing', (event) => {
    const play = readPlay((event as MessageEvent<string>).data);
    if (!play) return;
    // A play sent again (its artwork filled in) replaces the one with its id.
    received = [play, ...received.filter((other) => other.id !== play.id)]
      .sort((a, b) => b.id - a.id)
      .slice(0, KEEP);
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

const newer = (a: NowPlaying | null, b: NowPlaying | undefined) =>
  b && (!a || b.id >= a.id) ? b : a;

/** What is on: the server's answer at first, then every change pushed since. */
export function useNowPlaying(initial: NowPlaying | null): NowPlaying | null {
  return useSyncExternalStore(
    subscribe,
    () => newer(initial, received[0]),
    () => initial,
  );
}

const none: NowPlaying[] = [];

/** Every play pushed since the page loaded, newest first (at most twenty). */
export function useReceivedPlays(): NowPlaying[] {
  return useSyncExternalStore(
    subscribe,
    () => received,
    () => none,
  );
}
