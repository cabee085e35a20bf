import { existsSync } from 'node:fs';
import { episodeId, isListedAt, type EpisodeRecord } from '@/lib/listen-again/episode';
import { showListenAgainDays } from '@/lib/listen-again/listed';
import { listOccurrences, type Occurrence } from '@/lib/schedule/resolve';
import type { Schedule } from '@/lib/schedule/schema';
import { episodeTitle } from '@/lib/listen-again/title';
import { deleteEpisode, episodeFiles, makeEpisode, readAllEpisodeRecords } from './episode-files';

/**
 * Makes each airing into an episode as it ends, beside the recorder (the instance that records).
 * An airing's last audio reaches the station log when the segment holding its end closes (10 s,
 * then dating it): the episode is made once the recorder has stored audio past the end, or
 * MAX_WAIT_MS after it whatever it has (a stream that went down before the end). At start it makes
 * the episodes of airings that ended while no recorder ran, from what the log has of them.
 * Episodes that have left listen again (the show's days) are deleted by every instance's
 * retention sweep (`sweepEpisodes`, below); the station log keeps their audio for its own days.
 */
export type EpisodeMaker = { stop(): void; tick(): Promise<void> };

export const CHECK_EVERY_MS = 5_000;
/** How long after an airing's end its episode waits for the audio of its end. */
export const MAX_WAIT_MS = 45_000;
const DAY_MS = 86_400_000;

/** When an airing that ended at `end` has its episode, at the latest (pages expect it then). */
export const episodeDueAt = (end: Date | string) => new Date(+new Date(end) + MAX_WAIT_MS + 15_000);

export function startEpisodeMaker({
  dir,
  schedule,
  stationDays,
  stationName,
  recordedUntil,
  onMade,
  now = Date.now,
  log = (message: string) => console.warn(message),
}: {
  dir: string;
  schedule: Schedule;
  stationDays: number;
  stationName: string;
  /** Where the recorder's newest stored audio ends (epoch ms), or null. */
  recordedUntil: () => number | null;
  onMade?: (record: EpisodeRecord) => void;
  now?: () => number;
  log?: (message: string) => void;
}): EpisodeMaker {
  const daysOf = (showId: string) => showListenAgainDays(schedule, stationDays, showId);
  const longest = Math.max(0, ...schedule.shows.map((show) => daysOf(show.id)));
  // Airings seen to the end: made, or nothing of them recorded.
  const done = new Set<string>();
  let lookBackMs = longest * DAY_MS;
  let running: Promise<void> | null = null;

  async function makeDue() {
    const at = now();
    const ended = listOccurrences(schedule, new Date(at - lookBackMs), new Date(at)).filter(
      (airing) => +airing.end <= at && isListedAt(airing.end, daysOf(airing.showId), at),
    );
    // From now on, only what ended lately (and anything still waiting in `done`'s absence).
    lookBackMs = 15 * 60_000;
    for (const airing of ended) {
      const key = `${airing.showId}/${episodeId(airing.start)}`;
      if (done.has(key)) continue;
      if (existsSync(episodeFiles(dir, airing.showId, episodeId(airing.start)).record)) {
        done.add(key);
        continue;
      }
      const until = recordedUntil();
      const waited = at - +airing.end >= MAX_WAIT_MS;
      if (!waited && (until === null || until < +airing.end)) continue;
      done.add(key);
      await make(airing);
    }
  }

  async function make(airing: Occurrence) {
    const title = episodeTitle({ name: airing.show }, airing);
    try {
      const record = await makeEpisode(dir, airing, { title, artist: stationName, now });
      if (record) onMade?.(record);
    } catch (error) {
      log(`[episodes] could not make ${airing.showId} ${episodeId(airing.start)}: ${error}`);
    }
  }

  const tick = () =>
    (running ??= makeDue()
      .catch((error: Error) => log(`[episodes] ${error.message}`))
      .finally(() => (running = null)));

  void tick();
  const timer = setInterval(() => void tick(), CHECK_EVERY_MS);
  timer.unref?.();
  return { stop: () => clearInterval(timer), tick };
}

/**
 * Deletes the episodes that have left listen again at `at` (their show's days are over, or 0);
 * answers with the bytes of those kept.
 */
export async function sweepEpisodes(
  dir: string,
  schedule: Schedule,
  stationDays: number,
  at: number,
): Promise<number> {
  let kept = 0;
  for (const record of await readAllEpisodeRecords(dir)) {
    const days = showListenAgainDays(schedule, stationDays, record.show);
    if (isListedAt(record.end, days, at)) kept += record.bytes;
    else await deleteEpisode(dir, record);
  }
  return kept;
}
