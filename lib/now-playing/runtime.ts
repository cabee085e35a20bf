import 'server-only';
import { createAlertService, type AlertService } from '@/lib/alerts/service';
import { openAlertStore } from '@/lib/alerts/store';
import { revalidateLive } from '@/lib/cache/revalidate-live';
import { dataDir, readEnv, streamUrl, type ServerEnv } from '@/lib/config';
import { createRateLimiter, type RateLimiter } from '@/lib/http/rate-limit';
import { startBurstWatch, type BurstWatch } from '@/lib/stream/burst-watch';
import { createInProcessBus } from './bus';
import { createListenerRegistry, type ListenerRegistry } from './listener-registry';
import { createNowPlayingService, type NowPlayingService } from './service';
import { startAzuraCastPoller } from './sources/azuracast';
import { DEFAULT_ICECAST_MOUNT, startIcecastPoller } from './sources/icecast';
import type { Poller } from './sources/poller';
import { openNowPlayingStore } from './store';
import type { NowPlaying, NowPlayingSnapshot } from './track';

/**
 * The one live runtime of this server process: now playing, alerts and the channel that carries
 * both to open pages. It lives on globalThis because Next loads instrumentation and each route
 * in separate module instances (and dev reloads modules): a plain module-level variable would
 * open the database and start the pollers more than once.
 */
type Runtime = {
  service: NowPlayingService;
  alerts: AlertService;
  limiter: RateLimiter;
  listeners: ListenerRegistry;
  pollers: Poller[] | null;
  /** The stream's burst, for players to know how far behind live they are. */
  burst: BurstWatch | null;
};

const RUNTIME = Symbol.for('oldham-reporter.now-playing');
const globalStore = globalThis as typeof globalThis & { [RUNTIME]?: Runtime };

function runtime(): Runtime {
  if (globalStore[RUNTIME]) return globalStore[RUNTIME];
  const bus = createInProcessBus();
  globalStore[RUNTIME] = {
    service: createNowPlayingService({
      store: openNowPlayingStore({ dir: dataDir() }),
      bus,
      // Cached pages show the track too: the next request for each regenerates it.
      onChange: () => void revalidateLive(['now-playing']),
    }),
    alerts: createAlertService({
      store: openAlertStore({ dir: dataDir() }),
      bus,
      onChange: () => void revalidateLive(['alerts']),
    }),
    limiter: createRateLimiter({ capacity: 30, perMinute: 30 }),
    listeners: createListenerRegistry(),
    pollers: null,
    burst: null,
  };
  return globalStore[RUNTIME];
}

export function getNowPlayingService(): NowPlayingService {
  return runtime().service;
}

export function getAlertService(): AlertService {
  return runtime().alerts;
}

export function getIngestLimiter(): RateLimiter {
  return runtime().limiter;
}

export function getListenerRegistry(): ListenerRegistry {
  return runtime().listeners;
}

/**
 * Opens the store and starts the configured pollers, once per process. Called from
 * instrumentation's register() and, defensively, from the now-playing routes.
 */
export function ensureNowPlayingStarted(): void {
  const state = runtime();
  // `next build` may evaluate routes; polling belongs to the running server only.
  if (state.pollers || process.env.NEXT_PHASE === 'phase-production-build') return;
  // Marked started before starting: a bad setting then fails once, not on every request.
  state.pollers = [];
  state.pollers = startConfiguredPollers(readEnv(), state.service);
  const url = streamUrl();
  if (url)
    state.burst = startBurstWatch({ url, onChange: (frame) => state.service.bus.publish(frame) });
}

/** The stream's burst as last measured, or null (no stream, or not measured yet). */
export function getStreamBurst() {
  return runtime().burst?.current() ?? null;
}

/** What a new event stream starts with about the stream itself (none until measured). */
export function streamFrames(): Uint8Array[] {
  return runtime().burst?.frames() ?? [];
}

/**
 * Stops the pollers, ends every event stream and closes the store (graceful shutdown, tests);
 * the next call reopens. Ending the streams lets the HTTP server close: it waits for open
 * connections, and browsers reconnect on their own (to another instance, or this one restarted).
 */
export function stopNowPlaying(): void {
  const state = globalStore[RUNTIME];
  if (!state) return;
  state.pollers?.forEach((poller) => poller.stop());
  state.burst?.stop();
  state.listeners.closeAll();
  state.service.close();
  state.alerts.close();
  delete globalStore[RUNTIME];
}

/** For server code: the tracks that started in [from, to), oldest first (a show's playlist). */
export function getPlaysBetween(from: Date, to: Date): NowPlaying[] {
  return getNowPlayingService().playsBetween(from, to);
}

/** For server code: the current track and the last plays, newest first (current included). */
export function getNowPlayingSnapshot(historyLimit = 10): NowPlayingSnapshot {
  return getNowPlayingService().snapshot(historyLimit);
}

function startConfiguredPollers(env: ServerEnv, service: NowPlayingService): Poller[] {
  // AzuraCast knows more (artwork, duration); two pollers reading one stream would only compete.
  if (env.AZURACAST_NOWPLAYING_URL) {
    if (env.ICECAST_STATUS_URL) {
      console.warn('[now-playing] AZURACAST_NOWPLAYING_URL is set: not polling ICECAST_STATUS_URL');
    }
    return [
      startAzuraCastPoller({
        url: env.AZURACAST_NOWPLAYING_URL,
        onTrack: (track) => service.record(track, 'azuracast'),
        onOffAir: () => service.markOffAir('azuracast'),
      }),
    ];
  }
  if (env.ICECAST_STATUS_URL) {
    return [
      startIcecastPoller({
        statusUrl: env.ICECAST_STATUS_URL,
        mount: env.ICECAST_MOUNT || DEFAULT_ICECAST_MOUNT,
        onTrack: (track) => service.record(track, 'icecast'),
        onOffAir: () => service.markOffAir('icecast'),
      }),
    ];
  }
  return [];
}
