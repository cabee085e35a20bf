import { findShow, endedAiring } from '@/lib/shows/airings';
import type { Occurrence } from '@/lib/schedule/resolve';
import type { Schedule } from '@/lib/schedule/schema';
import { isListedAt, listenAgainDaysOf, parseEpisodeId } from './episode';

/**
 * The airing an episode id names, while it is to listen again at `at`: the show has listen again,
 * the id is the start of one of its airings, that airing has ended and its days are not over.
 * The front door (lib/routing/site-paths.ts), the episode's page and its audio all ask this, so
 * an address is a page for exactly as long as its episode is listed.
 */
export function listedEpisodeAiring(
  schedule: Schedule,
  stationDays: number,
  showId: string,
  id: string,
  at: Date,
): Occurrence | undefined {
  const start = parseEpisodeId(id);
  if (!start) return undefined;
  const airing = endedAiring(schedule, showId, start, at);
  return airing && isListedAt(airing.end, showListenAgainDays(schedule, stationDays, showId), at)
    ? airing
    : undefined;
}

/** How many days the show's airings stay to listen again: 0 for one not in the schedule. */
export function showListenAgainDays(schedule: Schedule, stationDays: number, showId: string) {
  const show = findShow(schedule, showId);
  return show ? listenAgainDaysOf(show, stationDays) : 0;
}

/** Whether the show has listen again at all (and so a podcast feed). */
export function hasListenAgain(schedule: Schedule, stationDays: number, showId: string): boolean {
  return showListenAgainDays(schedule, stationDays, showId) > 0;
}
