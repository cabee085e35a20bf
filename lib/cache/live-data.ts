import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import type { Alert } from '@/lib/alerts/alert';
import { getForecast, type ForecastSnapshot } from '@/lib/forecast/cache';
import {
  getAlertService,
  getFirstPlayedAt,
  getNowPlayingSnapshot,
  getPlaysBetween,
  whenNowPlayingReady,
} from '@/lib/server/runtime';
import { dayStanding, londonDayBounds } from '@/lib/played/day';
import { MAX_PLAYS, withShows, type PlayWithShow } from '@/lib/played/plays';
import {
  addCalendarDays,
  calendarDaysBetween,
  londonDateOf,
  nextLondonMidnight,
  type LondonDate,
} from '@/lib/time/london-calendar';
import { recentShowAirings, upcomingShowAirings } from '@/lib/shows/airings';
import type { NowPlaying, NowPlayingSnapshot } from '@/lib/now-playing/track';
import type { AiringView, OnAirView } from '@/lib/schedule/airing-view';
import { schedule } from '@/lib/schedule/load';
import {
  listOccurrences,
  resolveOnAir,
  toAiringView,
  upcomingAirings,
} from '@/lib/schedule/resolve';
import { isBuildPhase, secondsUntil } from './live-tags';

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

/** What is on air now, next, and the two days after, as of the page's render. */
export async function getLiveOnAir(): Promise<OnAirView & { upcoming: AiringView[] }> {
  'use cache';
  cacheTag('on-air');
  const at = new Date();
  const { now, next } = resolveOnAir(schedule, at);
  // Regenerated when the show changes; a reader's browser corrects an older copy at once.
  cacheLife({
    revalidate: Math.min(secondsUntil(now.end, at), DAY),
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

/** A show's airings from the one on now (or next) for two weeks, for its "next on" line. */
export async function getShowAirings(
  showId: string,
): Promise<{ airings: AiringView[]; at: string }> {
  'use cache';
  // Regenerated with the strip (every show boundary, and at start-up); the island moves on by
  // itself in between.
  cacheTag('on-air');
  cacheLife({ revalidate: DAY, expire: 2 * DAY });
  const at = new Date();
  return { airings: upcomingShowAirings(schedule, showId, at), at: at.toISOString() };
}

/** One airing of a show and the tracks that started during it, oldest first. */
export type AiringPlaylist = { airing: AiringView; onAirNow: boolean; plays: NowPlaying[] };

/**
 * What a show played in its latest airing and the one before (the one on air now counts), from
 * the play history. Null while the history cannot be read (the build, an error): the page says
 * so. Regenerated on every new track (the tag) and when an airing starts or ends.
 */
export async function getShowPlaylists(showId: string): Promise<AiringPlaylist[] | null> {
  'use cache';
  cacheTag('now-playing');
  const at = new Date();
  const airings = recentShowAirings(schedule, showId, at);
  const [next] = upcomingShowAirings(schedule, showId, at);
  const boundaries = [
    ...airings.filter((airing) => +airing.end > +at).map((airing) => airing.end.toISOString()),
    ...(next && Date.parse(next.start) > +at ? [next.start] : []),
  ];
  const revalidate = Math.min(DAY, ...boundaries.map((iso) => secondsUntil(iso, at)));
  if (isBuildPhase()) {
    cacheLife({ revalidate: 60, expire: DAY });
    return null;
  }
  try {
    await whenNowPlayingReady();
    const playlists = airings.map((airing) => ({
      airing: toAiringView(airing),
      onAirNow: +airing.end > +at,
      plays: getPlaysBetween(airing.start, airing.end),
    }));
    cacheLife({ revalidate, expire: 2 * DAY });
    return playlists;
  } catch (error) {
    console.error('[shows] could not read the play history', error);
    cacheLife({ revalidate: 60, expire: DAY });
    return null;
  }
}

/**
 * One UK day of plays, for /played. `kept`: the day is in the history (its plays may be none);
 * `before-history` and `future`: a 404 that says why; `unavailable`: the history cannot be read
 * (the build, an error), which the page says.
 */
export type PlayedDay =
  | {
      status: 'kept';
      date: LondonDate;
      /** The tracks that started that day, oldest first, each with its show. */
      plays: PlayWithShow[];
      /** Where the history begins, when it begins on this day (the day is only partly kept). */
      historyBeginsAt?: string;
      /** Whether the day before is kept too (the page links it). */
      dayBeforeKept: boolean;
      /** The day's airings, for an open page placing new plays in their shows (today only). */
      airings: AiringView[];
      isToday: boolean;
    }
  | { status: 'before-history' | 'future'; date: LondonDate }
  | { status: 'unavailable'; date: LondonDate };

/**
 * A day's plays. Regenerated on every new track (the tag: a play can be back-filled into a past
 * day up to a week late), and at midnight for today and days to come, which change standing then.
 */
export async function getPlayedDay(date: LondonDate): Promise<PlayedDay> {
  'use cache';
  cacheTag('now-playing');
  const at = new Date();
  const today = londonDateOf(at);
  const revalidate =
    calendarDaysBetween(today, date) >= 0 ? secondsUntil(nextLondonMidnight(at), at) : DAY;
  if (isBuildPhase()) {
    cacheLife({ revalidate: 60, expire: DAY });
    return { status: 'unavailable', date };
  }
  try {
    await whenNowPlayingReady();
    const firstPlayedAt = getFirstPlayedAt();
    const standing = dayStanding(date, at, firstPlayedAt);
    cacheLife({ revalidate, expire: 7 * DAY });
    if (standing !== 'kept') return { status: standing, date };
    const { from, to } = londonDayBounds(date);
    const plays = getPlaysBetween(from, to, MAX_PLAYS);
    const begins = firstPlayedAt && Date.parse(firstPlayedAt) > +from ? firstPlayedAt : undefined;
    return {
      status: 'kept',
      date,
      plays: withShows(schedule, plays, from, to),
      ...(begins ? { historyBeginsAt: begins } : {}),
      dayBeforeKept:
        !begins && dayStanding(addCalendarDays(date, -1), at, firstPlayedAt) === 'kept',
      airings: date === today ? listOccurrences(schedule, from, to).map(toAiringView) : [],
      isToday: date === today,
    };
  } catch (error) {
    console.error('[played] could not read the play history', error);
    cacheLife({ revalidate: 60, expire: DAY });
    return { status: 'unavailable', date };
  }
}

/** Today's plays (UK date), for /played: a new day at midnight. */
export async function getPlayedToday(): Promise<PlayedDay> {
  'use cache';
  cacheTag('now-playing');
  const at = new Date();
  cacheLife({ revalidate: secondsUntil(nextLondonMidnight(at), at), expire: DAY });
  return getPlayedDay(londonDateOf(at));
}
