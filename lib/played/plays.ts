import type { NowPlaying } from '@/lib/now-playing/track';
import { listOccurrences } from '@/lib/schedule/resolve';
import type { Schedule } from '@/lib/schedule/schema';
import { showPath } from '@/lib/shows/paths';
import { showOfAiring } from './day';
import { instantRangeError, parseInstantRange, type InstantRange } from '@/lib/time/instant-range';
import { formatLondonIso } from '@/lib/time/london';

/**
 * Plays with the show each was in, and `GET /api/plays?from=…&to=…` without the framework. Pure:
 * the store's plays and the schedule in, plain data out.
 * @see ../../app/api/plays/route.ts
 */

/** The show on air as a play started: its id, name and picture; null outside the schedule. */
export type PlayShow = { id: string; name: string; image?: string };
export type PlayWithShow = NowPlaying & { show: PlayShow | null };

/** At most this span per request: a day. The 25-hour day the clocks go back takes two requests. */
export const MAX_SPAN_MS = 24 * 60 * 60 * 1000;
/** At most this many plays in an answer: a day of one-minute jingles, with room to spare. */
export const MAX_PLAYS = 2_000;

/** Each play (oldest first, all within [from, to)) with the show on air as it started. */
export function withShows(
  schedule: Schedule,
  plays: readonly NowPlaying[],
  from: Date,
  to: Date,
): PlayWithShow[] {
  if (plays.length === 0) return [];
  const occurrences = listOccurrences(schedule, from, to);
  let index = 0;
  return plays.map((play) => {
    const at = Date.parse(play.startedAt);
    // Both lists are in time order: walk them together.
    while (index < occurrences.length && +occurrences[index]!.end <= at) index++;
    const airing = occurrences[index];
    return { ...play, show: airing && +airing.start <= at ? showOfAiring(airing) : null };
  });
}

export type PlaysRange = InstantRange;

export const RANGE_ERROR = instantRangeError(24);

/** `from` and `to` of a plays request, or the reason they are refused. */
export const parsePlaysRange = (searchParams: URLSearchParams) =>
  parseInstantRange(searchParams, MAX_SPAN_MS / 3_600_000);

/** One play as the API gives it: times in London's offset, the show with its page. */
export type PlayJson = {
  id: number;
  artist: string;
  title: string;
  artwork?: string;
  duration?: number;
  startedAt: string;
  show: (PlayShow & { url: string }) | null;
};

export function toPlayJson(play: PlayWithShow): PlayJson {
  return {
    id: play.id,
    artist: play.artist,
    title: play.title,
    ...(play.artwork ? { artwork: play.artwork } : {}),
    ...(play.duration ? { duration: play.duration } : {}),
    startedAt: formatLondonIso(new Date(play.startedAt)),
    show: play.show && { ...play.show, url: showPath(play.show.id) },
  };
}
