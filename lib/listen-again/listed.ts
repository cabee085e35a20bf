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
  const show = findShow(schedule, showId);
  const start = parseEpisodeId(id);
  if (!show || !start) return undefined;
  const airing = endedAiring(schedule, showId, start, at);
  return airing && isListedAt(airing.end, listenAgainDaysOf(show, stationDays), at)
    ? airing
    : undefined;
}

/** Whether the show has listen again at all (and so a podcast feed). */
export function hasListenAgain(schedule: Schedule, stationDays: number, showId: string): boolean {
  const show = findShow(schedule, showId);
  return !!show && listenAgainDaysOf(show, stationDays) > 0;
}
