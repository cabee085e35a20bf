import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { readEpisodeRecord, readEpisodeRecords } from '@/lib/archive/episode-files';
import { station } from '@/lib/config';
import {
  isListedAt,
  placeTracks,
  unlistedAt,
  type EpisodeRecord,
  type EpisodeTrack,
} from '@/lib/listen-again/episode';
import { listedEpisodeAiring, showListenAgainDays } from '@/lib/listen-again/listed';
import { schedule } from '@/lib/schedule/load';
import { toAiringView } from '@/lib/schedule/resolve';
import type { AiringView } from '@/lib/schedule/airing-view';
import { upcomingShowAirings } from '@/lib/shows/airings';
import { archiveDir } from '@/lib/server/archive-runtime';
import { getPlaysBetween, whenNowPlayingReady } from '@/lib/server/runtime';
import { episodeDueAt } from '@/lib/archive/episode-maker';
import { isBuildPhase, secondsUntil } from './live-tags';

/**
 * Listen again's data for cached pages: a show's episodes and one episode with its tracks, each
 * under the `episodes` tag (revalidated as each episode is made, lib/server/archive-runtime.ts),
 * and with a lifetime that ends when the list changes by itself: the next airing's episode is due,
 * or the oldest leaves. On another instance than the one recording, that lifetime is what brings
 * the new episode.
 */
const DAY = 24 * 60 * 60;

export type ShowEpisodes =
  | { status: 'listed'; episodes: EpisodeRecord[]; days: number }
  | { status: 'none' | 'unavailable'; days: number };

export async function getShowEpisodes(showId: string): Promise<ShowEpisodes> {
  'use cache';
  cacheTag('episodes');
  const days = showListenAgainDays(schedule, station.listenAgainDays, showId);
  if (days === 0) {
    cacheLife({ revalidate: DAY, expire: 7 * DAY });
    return { status: 'none', days };
  }
  if (isBuildPhase()) {
    cacheLife({ revalidate: 60, expire: DAY });
    return { status: 'unavailable', days };
  }
  const at = new Date();
  try {
    const episodes = (await readEpisodeRecords(archiveDir(), showId)).filter((record) =>
      isListedAt(record.end, days, at),
    );
    cacheLife({ revalidate: listChangesIn(showId, episodes, days, at), expire: 7 * DAY });
    return { status: 'listed', episodes, days };
  } catch (error) {
    console.error('[episodes] could not read the episodes', error);
    cacheLife({ revalidate: 60, expire: DAY });
    return { status: 'unavailable', days };
  }
}

/** Seconds until the list changes by itself: the next airing's episode, or the oldest leaving. */
function listChangesIn(showId: string, episodes: EpisodeRecord[], days: number, at: Date) {
  const [next] = upcomingShowAirings(schedule, showId, at);
  const due = next ? [secondsUntil(episodeDueAt(next.end), at)] : [];
  const oldest = episodes.at(-1);
  const leaves = oldest ? [secondsUntil(unlistedAt(oldest.end, days), at)] : [];
  return Math.min(DAY, ...due, ...leaves);
}

export type EpisodePage =
  | {
      status: 'ready';
      airing: AiringView & { presenters: string[] };
      record: EpisodeRecord;
      tracks: EpisodeTrack[];
    }
  | { status: 'missing' | 'unavailable'; airing: AiringView & { presenters: string[] } };

/** One episode and the tracks of its airing; null when the id is no listed episode of the show. */
export async function getEpisodePage(showId: string, id: string): Promise<EpisodePage | null> {
  'use cache';
  // Its tracks come from the play history, which a late report can still fill in.
  cacheTag('episodes', 'now-playing');
  const at = new Date();
  const airing = listedEpisodeAiring(schedule, station.listenAgainDays, showId, id, at);
  if (!airing) {
    cacheLife({ revalidate: DAY, expire: 7 * DAY });
    return null;
  }
  const view = { ...toAiringView(airing), presenters: airing.presenters };
  const leaves = unlistedAt(
    airing.end,
    showListenAgainDays(schedule, station.listenAgainDays, showId),
  );
  if (isBuildPhase()) {
    cacheLife({ revalidate: 60, expire: DAY });
    return { status: 'unavailable', airing: view };
  }
  try {
    const record = await readEpisodeRecord(archiveDir(), showId, id);
    if (!record) {
      // Still being made, or nothing of it was recorded.
      cacheLife({
        revalidate: Math.min(DAY, secondsUntil(episodeDueAt(airing.end), at)),
        expire: DAY,
      });
      return { status: 'missing', airing: view };
    }
    await whenNowPlayingReady();
    const plays = getPlaysBetween(airing.start, airing.end);
    cacheLife({ revalidate: Math.min(DAY, secondsUntil(leaves, at)), expire: 7 * DAY });
    return { status: 'ready', airing: view, record, tracks: placeTracks(record, plays) };
  } catch (error) {
    console.error('[episodes] could not read an episode', error);
    cacheLife({ revalidate: 60, expire: DAY });
    return { status: 'unavailable', airing: view };
  }
}
