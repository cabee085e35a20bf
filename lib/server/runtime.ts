import 'server-only';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { createAlertService, type AlertService } from '@/lib/alerts/service';
import { openSharedAlertStore } from '@/lib/alerts/shared-store';
import { openAlertStore, type AlertStore } from '@/lib/alerts/store';
import { revalidateLive } from '@/lib/cache/revalidate-live';
import {
  archiveSettings,
  dataDir,
  fallbackUpAfterSeconds,
  readEnv,
  redisUrl,
  streamFallbackUrl,
  streamUrl,
  trustedProxies,
  type ServerEnv,
} from '@/lib/config';
import { createRateLimiter } from '@/lib/http/rate-limit';
import { createSharedRateLimiter } from '@/lib/http/shared-rate-limit';
import type { StationRequestDeps } from '@/lib/http/station-request';
import { connectRedis, type RedisLink } from '@/lib/redis/connection';
import { startStreamInfo, type StreamInfo } from '@/lib/stream/stream-info';
import { createInProcessBus } from '@/lib/live/bus';
import { createListenerRegistry, type ListenerRegistry } from '@/lib/live/listener-registry';
import { startArchiveSweeps, startRecording, stopArchive, stopRecording } from './archive-runtime';
import { startPollerLease, type PollerLease } from './poller-lease';
import { createNowPlayingService, type NowPlayingService } from '@/lib/now-playing/service';
import { openSharedPlayStore } from '@/lib/now-playing/shared-store';
import { startAzuraCastPoller } from '@/lib/now-playing/sources/azuracast';
import { DEFAULT_ICECAST_MOUNT, startIcecastPoller } from '@/lib/now-playing/sources/icecast';
import type { Poller } from '@/lib/now-playing/sources/poller';
import { openNowPlayingStore, type PlayStore } from '@/lib/now-playing/store';
import type { NowPlaying, NowPlayingSnapshot } from '@/lib/now-playing/track';
import { UNTITLED } from '@/lib/now-playing/untitled';

/**
 * The one live runtime of this server process: now playing, alerts and the channel that carries
 * both to open pages. It lives on globalThis because Next loads instrumentation and each route
 * in separate module instances (and dev reloads modules): a plain module-level variable would
 * open the database and start the pollers more than once.
 */
type Runtime = {
  service: NowPlayingService;
  alerts: AlertService;
  limiter: StationRequestDeps['limiter'];
  listeners: ListenerRegistry;
  pollers: Poller[] | null;
  /** The streams' bursts and the fallback, for players: their delay, and where to go on a weak signal. */
  streams: StreamInfo | null;
  /** With REDIS_URL: the connection and the poller lease. */
  shared: {
    link: RedisLink;
    instanceId: string;
    lease: PollerLease | null;
  } | null;
};

const RUNTIME = Symbol.for('oldham-reporter.now-playing');
const globalStore = globalThis as typeof globalThis & { [RUNTIME]?: Runtime };

// Cached pages show the track and the alerts too: the next request for each regenerates it.
const onPlayChange = () => void revalidateLive(['now-playing']);
const onAlertsChange = () => void revalidateLive(['alerts']);
const INGEST_LIMIT = { capacity: 30, perMinute: 30 };

function runtime(): Runtime {
  if (globalStore[RUNTIME]) return globalStore[RUNTIME];
  const url = redisUrl();
  const bus = createInProcessBus();
  const { plays, alerts, ...rest } = url ? sharedParts(url) : localParts();
  globalStore[RUNTIME] = {
    service: createNowPlayingService({ store: plays, bus, onChange: onPlayChange }),
    alerts: createAlertService({ store: alerts, bus, onChange: onAlertsChange }),
    ...rest,
    listeners: createListenerRegistry(),
    pollers: null,
    streams: null,
  };
  return globalStore[RUNTIME];
}

type Parts = Pick<Runtime, 'limiter' | 'shared'> & { plays: PlayStore; alerts: AlertStore };

/** One server: SQLite under DATA_DIR, and this process's own limiter. */
function localParts(): Parts {
  return {
    plays: openNowPlayingStore({ dir: dataDir() }),
    alerts: openAlertStore({ dir: dataDir() }),
    limiter: createRateLimiter(INGEST_LIMIT),
    shared: null,
  };
}

/**
 * Several instances (REDIS_URL): everything they share lives in Redis, and this process keeps a
 * copy for its readers (docs/architecture.md "Several instances").
 */
function sharedParts(url: string): Parts {
  const link = connectRedis(url);
  const instanceId = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  return {
    plays: openSharedPlayStore({ link, instanceId }),
    alerts: openSharedAlertStore({ link }),
    limiter: createSharedRateLimiter({
      redis: link.commands,
      name: 'station',
      ...INGEST_LIMIT,
      fallback: createRateLimiter(INGEST_LIMIT),
    }),
    shared: { link, instanceId, lease: null },
  };
}

export function getNowPlayingService(): NowPlayingService {
  return runtime().service;
}

export function getAlertService(): AlertService {
  return runtime().alerts;
}

export function getIngestLimiter(): Runtime['limiter'] {
  return runtime().limiter;
}

export function getListenerRegistry(): ListenerRegistry {
  return runtime().listeners;
}

/**
 * Resolves once this instance has loaded the shared state from Redis (at most a few seconds
 * after start-up), at once without REDIS_URL: before that, a reader would see nothing played.
 */
export async function whenNowPlayingReady(): Promise<void> {
  const { service, alerts } = runtime();
  await Promise.all([service.ready(), alerts.ready()]);
}

/** For GET /api/health: how this instance stores the station's state, and whether it polls. */
export function describeRuntime() {
  const { shared, pollers } = runtime();
  if (!shared) return { store: 'sqlite' as const, polling: (pollers?.length ?? 0) > 0 };
  return {
    store: 'redis' as const,
    redis: shared.link.isUp() ? ('up' as const) : ('down' as const),
    // The lease may be held for the station log's recorder alone: polling needs pollers too.
    polling: (shared.lease?.holding() ?? false) && (pollers?.length ?? 0) > 0,
  };
}

/**
 * Opens the store and starts the configured pollers and the station log's recorder, once per
 * process. Called from instrumentation's register() and, defensively, from the now-playing
 * routes. With REDIS_URL the pollers and the recorder run only while this instance holds the
 * poller lease (lib/server/poller-lease.ts): one instance listens to the station at a time.
 */
export function ensureNowPlayingStarted(): void {
  const state = runtime();
  // `next build` may evaluate routes; polling belongs to the running server only.
  if (state.pollers || process.env.NEXT_PHASE === 'phase-production-build') return;
  // Marked started before starting: a bad setting then fails once, not on every request.
  state.pollers = [];
  const env = readEnv();
  const shared = state.shared;
  startArchiveSweeps();
  if (!shared) {
    state.pollers = startConfiguredPollers(env, state.service);
    startRecording();
  } else if (env.AZURACAST_NOWPLAYING_URL || env.ICECAST_STATUS_URL || archiveSettings().record) {
    shared.lease = startPollerLease({
      redis: shared.link.commands,
      holder: shared.instanceId,
      onAcquired: () => {
        state.pollers = startConfiguredPollers(readEnv(), state.service);
        startRecording();
      },
      onLost: () => {
        state.pollers?.forEach((poller) => poller.stop());
        state.pollers = [];
        void stopRecording();
      },
    });
  }
  const url = streamUrl();
  if (url) {
    state.streams = startStreamInfo({
      url,
      fallbackUrl: streamFallbackUrl(),
      upAfterSeconds: fallbackUpAfterSeconds(),
      publish: (frame) => state.service.bus.publish(frame),
    });
  }
}

/** The streams' bursts as last measured (null: no stream, or not measured yet). */
export function getStreamBursts() {
  return runtime().streams?.bursts() ?? { main: null, fallback: null };
}

/** What a new event stream starts with about the streams (none while nothing is known). */
export function streamFrames(): Uint8Array[] {
  return runtime().streams?.frames() ?? [];
}

/**
 * What every new event stream starts with, whichever server holds it (the route handler or the
 * LIVE_PORT one): the now-playing changes since `lastEventId` (or the current state), the live
 * alerts, and the stream's burst.
 */
export function initialEventFrames(lastEventId: string | null): Uint8Array[] {
  return [
    ...getNowPlayingService().framesSince(lastEventId),
    getAlertService().frame(),
    ...streamFrames(),
  ];
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
  // The recorder's ffmpeg is told to close its segment; it is a process of its own, not left behind.
  void stopArchive();
  state.streams?.stop();
  state.listeners.closeAll();
  state.service.close();
  state.alerts.close();
  if (state.shared) {
    // Giving the lease up lets another instance poll at once, not when it runs out.
    const { link, lease } = state.shared;
    void (lease?.stop() ?? Promise.resolve()).finally(() => link.close());
  }
  delete globalStore[RUNTIME];
}

/** For server code: the tracks that started in [from, to), oldest first (a show's playlist). */
export function getPlaysBetween(from: Date, to: Date, limit?: number): NowPlaying[] {
  return getNowPlayingService().playsBetween(from, to, limit);
}

/** For server code: when the play history begins (the oldest play kept), or null. */
export function getFirstPlayedAt(): string | null {
  return getNowPlayingService().firstPlayedAt();
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
        onUntitled: () => service.record(UNTITLED, 'icecast'),
        onOffAir: () => service.markOffAir('icecast'),
      }),
    ];
  }
  return [];
}

/**
 * The token, limiter and proxy setting of requests from the station's systems. Read per request
 * (a cheap parse), so a handler never holds a stale or build-time value.
 */
export function stationRequestDeps() {
  return {
    token: readEnv().NOW_PLAYING_TOKEN,
    limiter: getIngestLimiter(),
    trustedProxies: trustedProxies(),
  };
}
