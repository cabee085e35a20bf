import 'server-only';
import { clientAddress } from '@/lib/http/client-address';
import { trustedProxies } from '@/lib/config';
import {
  createEventsHeadResponse,
  createEventsResponse,
  lastEventIdOf,
} from '@/lib/live/event-stream';
import { handleIngest } from '@/lib/now-playing/ingest';
import { MAX_PLAYS, parsePlaysRange, toPlayJson, withShows } from '@/lib/played/plays';
import { schedule } from '@/lib/schedule/load';
import { formatLondonIso } from '@/lib/time/london';
import {
  ensureNowPlayingStarted,
  initialEventFrames,
  stationRequestDeps,
  getListenerRegistry,
  getNowPlayingService,
  whenNowPlayingReady,
} from './runtime';

/**
 * The now-playing routes' handlers, wired to this process's runtime: the files under
 * app/api/now-playing add Next's `connection()` where a handler must wait for a real request,
 * and delegate here (./now-playing-handlers.test.ts drives them through those files).
 */

/** GET /api/now-playing: the current track and the last 10 plays (newest first, current included). */
export async function getNowPlaying(): Promise<Response> {
  ensureNowPlayingStarted();
  await whenNowPlayingReady();
  return Response.json(getNowPlayingService().snapshot(10), {
    headers: { 'Cache-Control': 'no-store' },
  });
}

/**
 * GET /api/plays?from=…&to=…: the tracks that started in [from, to) (at most a day), oldest
 * first, each with the show it was in; what /played shows, as JSON. A shared cache may keep an
 * answer for half a minute: a span that reaches now gains plays as they start.
 */
export async function getPlays(request: Request): Promise<Response> {
  const range = parsePlaysRange(new URL(request.url).searchParams);
  if ('error' in range) {
    return Response.json(range, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  }
  ensureNowPlayingStarted();
  await whenNowPlayingReady();
  const { from, to } = range;
  const plays = getNowPlayingService().playsBetween(from, to, MAX_PLAYS + 1);
  return Response.json(
    {
      from: formatLondonIso(from),
      to: formatLondonIso(to),
      plays: withShows(schedule, plays.slice(0, MAX_PLAYS), from, to).map(toPlayJson),
      ...(plays.length > MAX_PLAYS ? { truncated: true } : {}),
    },
    { headers: { 'Cache-Control': 'public, max-age=30, s-maxage=30' } },
  );
}

/** POST /api/now-playing: ingest from playout software or an AzuraCast web hook. */
export function postNowPlaying(request: Request): Promise<Response> {
  ensureNowPlayingStarted();
  const service = getNowPlayingService();
  return handleIngest(request, {
    ...stationRequestDeps(),
    record: (track) => service.record(track, 'push'),
    markOffAir: () => service.markOffAir('push'),
    current: () => service.current(),
  });
}

/**
 * GET /api/now-playing/events: Server-Sent Events, `event: now-playing` on every change (and
 * the changes a reconnecting client missed), `event: alert` with the live alerts, and
 * `event: stream` with the stream's burst (lib/stream/burst-watch.ts).
 */
export async function getNowPlayingEvents(request: Request): Promise<Response> {
  ensureNowPlayingStarted();
  await whenNowPlayingReady();
  return createEventsResponse(request, {
    bus: getNowPlayingService().bus,
    initial: initialEventFrames(lastEventIdOf(request.headers, request.url)),
    registry: getListenerRegistry(),
    client: clientAddress(request.headers, trustedProxies()),
  });
}

/** HEAD /api/now-playing/events: what GET would answer, subscribing nothing. */
export function headNowPlayingEvents(request: Request): Response {
  return createEventsHeadResponse(request, {
    registry: getListenerRegistry(),
    client: clientAddress(request.headers, trustedProxies()),
  });
}
