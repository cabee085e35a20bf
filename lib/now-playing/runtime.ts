import 'server-only';
import { revalidateLive } from '@/lib/cache/revalidate-live';
import { dataDir, readEnv, type ServerEnv } from '@/lib/config';
import { createListenerRegistry, type ListenerRegistry } from './listener-registry';
import { createRateLimiter, type RateLimiter } from './rate-limit';
import { createNowPlayingService, type NowPlayingService } from './service';
import { startAzuraCastPoller } from './sources/azuracast';
import { DEFAULT_ICECAST_MOUNT, startIcecastPoller } from './sources/icecast';
import type { Poller } from './sources/poller';
import { openNowPlayingStore } from './store';
import type { NowPlayingSnapshot } from './track';

/**
 * The one now-playing runtime of this server process. It lives on globalThis because Next loads
 * instrumentation and each route in separate module instances (and dev reloads modules): a plain
 * module-level variable would open the database and start the pollers more than once.
 */
type Runtime = {
  service: NowPlayingService;
  limiter: RateLimiter;
  listeners: ListenerRegistry;
  pollers: Poller[] | null;
};

const RUNTIME = Symbol.for('oldham-reporter.now-playing');
const globalStore = globalThis as typeof globalThis & { [RUNTIME]?: Runtime };

function runtime(): Runtime {
  globalStore[RUNTIME] ??= {
    service: createNowPlayingService({
      store: openNowPlayingStore({ dir: dataDir() }),
      // Cached pages show the track too: the next request for each regenerates it.
      onChange: () => void revalidateLive(['now-playing']),
    }),
    limiter: createRateLimiter({ capacity: 30, perMinute: 30 }),
    listeners: createListenerRegistry(),
    pollers: null,
  };
  return globalStore[RUNTIME];
}

export function getNowPlayingService(): NowPlayingService {
  return runtime().service;
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
  state.listeners.closeAll();
  state.service.close();
  delete globalStore[RUNTIME];
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
