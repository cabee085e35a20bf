'use client';

import { useSyncExternalStore } from 'react';
import type { Alert } from '@/lib/alerts/alert';
import { afterStartUp } from '@/lib/browser/after-start-up';
import { readLiveEvent, type StreamEvent } from '@/lib/live/events';
import type { NowPlaying } from '@/lib/now-playing/track';
import { backoffDelay, LIVE_CHANNEL_BACKOFF } from '@/lib/retry/backoff';

/**
 * The live channel: one EventSource per tab, shared by every component that shows the track
 * (the strip, the player, "Recently played") and the alert banner. The server pushes each
 * change the moment it is stored, so nothing polls. The browser reconnects by itself with the
 * last event's id, and the server then sends every change this tab missed, in order; all of
 * them are kept here (the newest few), each with the moment it arrived, so a list of plays misses
 * none even when several arrive at once, and the player can tell which one its listener hears.
 * Alerts come as the whole live list, on every connection and every change; the streams' bursts
 * (how far behind live a new listener starts) when the server has measured them, and the
 * low-bitrate fallback where the station has one.
 *
 * The browser gives up on its own for good when an answer is not a 200 event stream (a proxy's
 * 502 while an instance restarts, a 503 or 429 when the server is full). Then this opens a new
 * channel after a jittered backoff, saying which change it saw last (`?lastEventId=`) so the
 * server sends what it missed, and again at once when the device comes back online. While the
 * channel is down the strip says so, once (`useLiveChannelDown`).
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
/** The station's streams: bursts (seconds of audio sent at once), the fallback; {} until told. */
let streams: StreamEvent = {};
let source: EventSource | undefined;
const listeners = new Set<() => void>();

/** The id of the last change received, for a new channel to catch up from. */
let lastEventId = '';
/** Whether the channel has been down long enough to tell the reader. */
let down = false;
/** Reopen attempts since the channel was last open. */
let attempts = 0;
let reopenTimer: ReturnType<typeof setTimeout> | undefined;
let downTimer: ReturnType<typeof setTimeout> | undefined;
/** Cancels the first opening, while it waits for the page to have started. */
let cancelFirstOpen: (() => void) | undefined;
/**
 * While the browser reconnects by itself (the connection dropped, the server restarts) the
 * strip stays quiet this long: a deploy's blip is not worth a word.
 */
const QUIET_MS = 5_000;

const notify = () => {
  for (const listener of listeners) listener();
};

function setDown(value: boolean) {
  clearTimeout(downTimer);
  downTimer = undefined;
  if (down === value) return;
  down = value;
  notify();
}

function reopenLater() {
  clearTimeout(reopenTimer);
  attempts += 1;
  reopenTimer = setTimeout(open, backoffDelay(attempts, Math.random(), LIVE_CHANNEL_BACKOFF));
}

function onOnline() {
  if (listeners.size === 0 || source) return;
  clearTimeout(reopenTimer);
  attempts = 0;
  open();
}

function open() {
  if (source || typeof EventSource === 'undefined') return;
  reopenTimer = undefined;
  const url = lastEventId
    ? `${EVENTS_URL}?lastEventId=${encodeURIComponent(lastEventId)}`
    : EVENTS_URL;
  const channel = new EventSource(url);
  source = channel;
  channel.addEventListener('open', () => {
    attempts = 0;
    setDown(false);
  });
  channel.addEventListener('error', () => {
    if (channel.readyState === EventSource.CLOSED) {
      // Closed for good: the browser will not try again, so this page does.
      channel.close();
      source = undefined;
      setDown(true);
      reopenLater();
    } else {
      downTimer ??= setTimeout(() => setDown(true), QUIET_MS);
    }
  });
  channel.addEventListener('now-playing', (event) => {
    const message = event as MessageEvent<string>;
    if (message.lastEventId) lastEventId = message.lastEventId;
    const play = readLiveEvent('now-playing', message.data);
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
  channel.addEventListener('stream', (event) => {
    const value = readLiveEvent('stream', (event as MessageEvent<string>).data);
    if (!value) return;
    // A burst the server has measured stays known until it measures another.
    const fallback = value.fallback && {
      ...value.fallback,
      burstSeconds: value.fallback.burstSeconds ?? streams.fallback?.burstSeconds,
    };
    streams = { burstSeconds: value.burstSeconds ?? streams.burstSeconds, fallback };
    notify();
  });
  channel.addEventListener('alert', (event) => {
    const value = readLiveEvent('alert', (event as MessageEvent<string>).data);
    if (!value) return;
    alerts = value.alerts;
    notify();
  });
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) {
    window.addEventListener('online', onOnline);
    // Not while the page hydrates (docs/performance.md, "The main thread while a page loads"):
    // nothing is missed meanwhile, as the server sends the current state to a new connection.
    cancelFirstOpen = afterStartUp(open);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      cancelFirstOpen?.();
      cancelFirstOpen = undefined;
      window.removeEventListener('online', onOnline);
      clearTimeout(reopenTimer);
      clearTimeout(downTimer);
      reopenTimer = downTimer = undefined;
      attempts = 0;
      down = false;
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

const noStreams: StreamEvent = {};

/** The station's streams as the server describes them: bursts, and the fallback if any. */
export function useStreams(): StreamEvent {
  return useSyncExternalStore(
    subscribe,
    () => streams,
    () => noStreams,
  );
}

/** Whether the live channel is down (and the page no longer follows the station) for now. */
export function useLiveChannelDown(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => down,
    () => false,
  );
}
