'use client';

import { useSyncExternalStore } from 'react';
import { ALERT_KINDS, type Alert } from '@/lib/alerts/alert';
import type { NowPlaying } from '@/lib/now-playing/track';

/**
 * The live channel: one EventSource per tab, shared by every component that shows the track
 * (the strip, the player, "Recently played") and the alert banner. The server pushes each
 * change the moment it is stored, so nothing polls. The browser reconnects by itself with the
 * last event's id, and the server then sends every change this tab missed, in order; all of
 * them are kept here (the newest few), each with the moment it arrived, so a list of plays misses
 * none even when several arrive at once, and the player can tell which one its listener hears.
 * Alerts come as the whole live list, on every connection and every change; the stream's burst
 * (how far behind live a new listener starts) when the server has measured it.
 * @see https://html.spec.whatwg.org/multipage/server-sent-events.html
 */
const EVENTS_URL = '/api/now-playing/events';
const KEEP = 20;

/** A play as this tab received it: `receivedAt` is the tab's clock (ms) when it arrived. */
export type ReceivedPlay = NowPlaying & { receivedAt: number };

/** Plays received since the page loaded, newest first. */
let received: ReceivedPlay[] = [];
/** The live alerts, once the channel has said (until then, the page's own). */
let alerts: Alert[] | undefined;
/** How many seconds of audio the stream sends a new listener at once, once the server knows. */
let burstSeconds: number | null = null;
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

function readAlerts(data: string): Alert[] | undefined {
  try {
    const value: unknown = JSON.parse(data);
    const list = (value as { alerts?: unknown } | null)?.alerts;
    if (!Array.isArray(list)) return undefined;
    return list.filter((item): item is Alert => {
      const alert = item as Record<string, unknown> | null;
      return (
        !!alert &&
        typeof alert.id === 'number' &&
        (ALERT_KINDS as readonly unknown[]).includes(alert.kind) &&
        isText(alert.message) &&
        isOptional(alert.url, isText) &&
        isText(alert.createdAt) &&
        isText(alert.expiresAt)
      );
    });
  } catch {
    return undefined;
  }
}

const notify = () => {
  for (const listener of listeners) listener();
};

function open() {
  if (source || typeof EventSource === 'undefined') return;
  source = new EventSource(EVENTS_URL);
  source.addEventListener('now-playing', (event) => {
    const play = readPlay((event as MessageEvent<string>).data);
    if (!play) return;
    // A play sent again (its artwork filled in) replaces the one with its id, and keeps the
    // moment the first copy arrived: that is when the station changed track.
    const earlier = received.find((other) => other.id === play.id);
    const receivedAt = earlier?.receivedAt ?? Date.now();
    received = [{ ...play, receivedAt }, ...received.filter((other) => other.id !== play.id)]
      .sort((a, b) => b.id - a.id)
      .slice(0, KEEP);
    notify();
  });
  source.addEventListener('stream', (event) => {
    try {
      const value: unknown = JSON.parse((event as MessageEvent<string>).data);
      const seconds = (value as { burstSeconds?: unknown } | null)?.burstSeconds;
      if (typeof seconds !== 'number' || !(seconds >= 0 && seconds <= 120)) return;
      burstSeconds = seconds;
      notify();
    } catch {
      // Not ours to act on.
    }
  });
  source.addEventListener('alert', (event) => {
    const list = readAlerts((event as MessageEvent<string>).data);
    if (!list) return;
    alerts = list;
    notify();
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

const none: ReceivedPlay[] = [];

/** Every play pushed since the page loaded, newest first (at most twenty). */
export function useReceivedPlays(): ReceivedPlay[] {
  return useSyncExternalStore(
    subscribe,
    () => received,
    () => none,
  );
}

/** The live alerts: the page's own at first, then the channel's. Expiry is the caller's to apply. */
export function useAlerts(initial: readonly Alert[]): readonly Alert[] {
  return useSyncExternalStore(
    subscribe,
    () => alerts ?? initial,
    () => initial,
  );
}

/** The stream's burst in seconds, as the server measured it (null until it says). */
export function useStreamBurst(): number | null {
  return useSyncExternalStore(
    subscribe,
    () => burstSeconds,
    () => null,
  );
}
