import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import type { Alert } from '@/lib/alerts/alert';
import { getForecast, type ForecastSnapshot } from '@/lib/forecast/cache';
import {
  getAlertService,
  getNowPlayingSnapshot,
  whenNowPlayingReady,
} from '@/lib/now-playing/runtime';
import type { NowPlayingSnapshot } from '@/lib/now-playing/track';
import type { AiringView, OnAirView } from '@/lib/schedule/airing-view';
import { schedule } from '@/lib/schedule/load';
import { resolveOnAir, toAiringView, upcomingAirings } from '@/lib/schedule/resolve';
import { isBuildPhase } from './live-tags';

/**
 * The live data that cached pages are built from, each cached under its tag with a lifetime
 * that says when it goes out of date. A page's own lifetime is the shortest of those it uses,
 * so Next.js regenerates it in the background (stale-while-revalidate) at the next show
 * boundary, when a tag is revalidated (a new track), or within ten minutes (the weather).
 * No page renders per request: readers get the cached page, and open pages are kept live
 * by the islands (the strip's clock, the now-playing event stream).
 * @see https://nextjs.org/docs/app/api-reference/functions/cacheLife
 * @see ../../docs/architecture.md "Cached pages and live data"
 */

const DAY = 24 * 60 * 60;
// How far ahead the strip's island can follow the schedule by itself (it asks /api/on-air past that).
const UPCOMING_HOURS = 48;

const secondsUntil = (iso: string, from: Date) =>
  Math.max(1, Math.ceil((Date.parse(iso) - +from) / 1000));

/** What is on air now, next, and the two days after, as of the page's render. */
export async function getLiveOnAir(): Promise<OnAirView & { upcoming: AiringView[] }> {
  'use cache';
  cacheTag('on-air');
  const at = new Date();
  const { now, next } = resolveOnAir(schedule, at);
  // Regenerated when the show changes; a reader's browser corrects an older copy at once.
  cacheLife({
    revalidate: Math.min(secondsUntil(now.end.toISOString(), at), DAY),
    expire: 2 * DAY,
  });
  return {
    now: toAiringView(now),
    next: toAiringView(next),
    upcoming: upcomingAirings(schedule, at, UPCOMING_HOURS),
  };
}

const NOTHING_PLAYED: NowPlayingSnapshot = { current: null, history: [] };
/** The track playing and the eight before it: what the strip, the player and the home page show. */
export const LIVE_HISTORY = 9;

/** The track playing and the ones before it, from the play history (newest first). */
export async function getLiveNowPlaying(): Promise<NowPlayingSnapshot> {
  'use cache';
  cacheTag('now-playing');
  if (isBuildPhase()) {
    // The build knows nothing of the station; the server revalidates this as it starts.
    cacheLife({ revalidate: 60, expire: DAY });
    return NOTHING_PLAYED;
  }
  try {
    await whenNowPlayingReady();
    const snapshot = getNowPlayingSnapshot(LIVE_HISTORY);
    // Every change revalidates the tag; the time limit is a backstop.
    cacheLife({ revalidate: 300, expire: DAY });
    return snapshot;
  } catch (error) {
    // The strip says "Track details not available"; the event stream fills it in when it can.
    console.error('[now-playing] could not read the play history', error);
    cacheLife({ revalidate: 60, expire: DAY });
    return NOTHING_PLAYED;
  }
}

/**
 * The forecast as the process-wide cache has it (Open-Meteo at most every ten minutes, the last
 * good forecast kept through an outage). Regeneration runs in the background, so no reader's
 * request waits for Open-Meteo.
 */
export async function getLiveForecast(): Promise<{ snapshot: ForecastSnapshot; at: Date }> {
  'use cache';
  cacheTag('forecast');
  const snapshot: ForecastSnapshot = isBuildPhase()
    ? { status: 'unavailable' }
    : await getForecast();
  const fresh = snapshot.status === 'ok' && !snapshot.stale;
  cacheLife({ revalidate: fresh ? 600 : 60, expire: DAY });
  return { snapshot, at: new Date() };
}

/**
 * The live station alerts, newest first, for the banner every page carries: a reader without
 * JavaScript sees them too. Every post and delete revalidates the tag, and so does each expiry
 * (lib/alerts/service.ts); the lifetime ends at the soonest expiry as a backstop.
 */
export async function getLiveAlerts(): Promise<Alert[]> {
  'use cache';
  cacheTag('alerts');
  if (isBuildPhase()) {
    cacheLife({ revalidate: 60, expire: DAY });
    return [];
  }
  try {
    await whenNowPlayingReady();
    const at = new Date();
    const alerts = getAlertService().live();
    const soonest = alerts.map((alert) => secondsUntil(alert.expiresAt, at));
    cacheLife({ revalidate: Math.min(DAY, ...soonest), expire: 2 * DAY });
    return alerts;
  } catch (error) {
    // The banner is one widget: the page goes on without it, and the event stream brings it.
    console.error('[alerts] could not read the live alerts', error);
    cacheLife({ revalidate: 60, expire: DAY });
    return [];
  }
}
