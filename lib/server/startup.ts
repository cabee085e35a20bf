import 'server-only';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LIVE_TAGS } from '@/lib/cache/live-tags';
import { revalidateLive } from '@/lib/cache/revalidate-live';
import { readEnv, streamFallbackUrl, streamUrl } from '@/lib/config';
import { getForecast, retryForecastUntilKnown } from '@/lib/forecast/cache';
import { isLiveChannelRequest, serveLiveChannel, startLiveServer } from './live-server';
import { getSitePaths } from '@/lib/routing/site-index';
import { ensureNowPlayingStarted, stopNowPlaying } from '@/lib/server/runtime';
import { mediaOriginsFor } from '@/lib/security/content-security-policy';
import { securityHeaders } from '@/lib/security/security-headers';
import { createEncodedBodies, sendEncodedBodies } from './encoded-bodies';
import { admit, installFrontDoor, type FrontDoorSettings } from './front-door';
import { offerServerHooks, type ServerHooks } from './server-hooks';

/**
 * What a server process does once, as it starts (instrumentation.ts): the front door, the
 * now-playing store and pollers, a clean shutdown, and fresh live data in the cached pages.
 */
export function startServer(): void {
  const settings: FrontDoorSettings = {
    headers: securityHeaders({
      mediaOrigins: mediaOriginsFor(streamUrl(), streamFallbackUrl()),
      development: process.env.NODE_ENV === 'development',
    }),
    paths: getSitePaths(),
  };
  const hooks = serverHooks(settings);
  const ownServer = offerServerHooks(hooks);
  if (!ownServer) installFrontDoor(settings);
  try {
    ensureNowPlayingStarted();
  } catch (error) {
    // Now playing is one strip of the site: the rest must still serve. The routes retry.
    console.error('[now-playing] could not start', error);
  }
  // Next.js closes the HTTP server on SIGTERM/SIGINT and waits for open connections: end the
  // event streams so it can, and close the database as the process exits.
  const { LIVE_PORT, LIVE_HOST } = readEnv();
  const live = LIVE_PORT
    ? startLiveServer({
        port: LIVE_PORT,
        host: LIVE_HOST,
        admit: ownServer ? (request, response) => void hooks.admit(request, response) : undefined,
      })
    : null;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      live?.close();
      stopNowPlaying();
    });
  }
  process.once('exit', stopNowPlaying);
  void refreshCachedPages();
}

/**
 * What the site's own server (server.mjs) calls on each request before Next.js: the front door,
 * then the live channel on plain Node HTTP, which costs a listener a seventh of the route
 * handler's memory (docs/adr/0003-…), and for pages, their bytes and ETag kept once
 * (./encoded-bodies.ts).
 */
function serverHooks(settings: FrontDoorSettings) {
  const encoded = createEncodedBodies();
  const admitHere = (request: IncomingMessage, response: ServerResponse) =>
    admit(request, response, request.socket.remoteAddress, settings);
  const handle: ServerHooks['handle'] = (request, response) => {
    const redirect = admitHere(request, response);
    if (redirect) {
      response.writeHead(308, { Location: redirect, 'Cache-Control': 'public, max-age=3600' });
      response.end();
      return true;
    }
    if (isLiveChannelRequest(request)) {
      void serveLiveChannel(request, response);
      return true;
    }
    sendEncodedBodies(request, response, encoded);
    return false;
  };
  return { admit: admitHere, handle, securityHeaders: settings.headers };
}

/**
 * The build prerendered every page without the station's state or the weather (it must not
 * reach either). Once the server listens, the live data is marked expired, so the first request
 * for each page renders it fresh; the forecast is fetched first, so that render does not wait
 * for Open-Meteo (it waits at most the cache's own bound when Open-Meteo does not answer).
 */
async function refreshCachedPages(): Promise<void> {
  const forecast = await getForecast().catch(() => undefined);
  await revalidateLive(LIVE_TAGS, { immediate: true });
  if (forecast?.status !== 'ok') retryForecastUntilKnown();
}
