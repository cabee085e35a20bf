import 'server-only';
import path from 'node:path';
import { startEpisodeMaker, sweepEpisodes, type EpisodeMaker } from '@/lib/archive/episode-maker';
import { startRecorder, type Recorder } from '@/lib/archive/recorder';
import { startRetentionSweeps, type Sweeper } from '@/lib/archive/sweeper';
import { revalidateLive } from '@/lib/cache/revalidate-live';
import { archiveSettings, dataDir, station } from '@/lib/config';
import { schedule } from '@/lib/schedule/load';

/**
 * The station log of this server process: the recorder (while this instance should record: with
 * REDIS_URL, only while it holds the poller lease, ./runtime.ts) and the retention sweeps (on
 * every instance: deleting is the same whoever does it). On globalThis, as ./runtime.ts, since
 * Next loads instrumentation and routes as separate module instances.
 */
type ArchiveRuntime = {
  recorder: Recorder | null;
  sweeper: Sweeper | null;
  episodes: EpisodeMaker | null;
};

const ARCHIVE = Symbol.for('oldham-reporter.archive');
const globalStore = globalThis as typeof globalThis & { [ARCHIVE]?: ArchiveRuntime };
const state = () => (globalStore[ARCHIVE] ??= { recorder: null, sweeper: null, episodes: null });

/** DATA_DIR/archive: the station log's segments, a folder per UTC day. */
export const archiveDir = () => path.join(dataDir(), 'archive');

/** Starts the retention sweeps, once per process. */
export function startArchiveSweeps(): void {
  const archive = state();
  if (archive.sweeper) return;
  const { days, maxBytes } = archiveSettings();
  archive.sweeper = startRetentionSweeps({
    dir: archiveDir(),
    policy: { days, maxBytes },
    // Listen again's episodes leave after their show's days, whoever records.
    alsoSweep: (at) => sweepEpisodes(archiveDir(), schedule, station.listenAgainDays, at),
  });
}

/** Starts recording the stream, when this server records (ARCHIVE_RECORD, a stream configured). */
export function startRecording(): void {
  const archive = state();
  const { record, stream } = archiveSettings();
  if (archive.recorder || !record || !stream) return;
  console.warn(`[archive] recording ${stream} into ${archiveDir()}`);
  archive.recorder = startRecorder({
    url: stream,
    dir: archiveDir(),
    onSegment: (segment) => state().sweeper?.noteStored(segment),
  });
  // Listen again: each airing becomes an episode as it ends, where its audio is recorded.
  archive.episodes = startEpisodeMaker({
    dir: archiveDir(),
    schedule,
    stationDays: station.listenAgainDays,
    stationName: station.stationName,
    recordedUntil: () => {
      const until = state().recorder?.status().recordedUntil;
      return until ? Date.parse(until) : null;
    },
    onMade: (record) => {
      console.warn(`[episodes] ${record.show} ${record.id}: ${record.durationS.toFixed(0)} s`);
      void revalidateLive(['episodes']);
    },
  });
}

/** Stops recording (the lease went to another instance, or shutdown); the segment is kept. */
export function stopRecording(): Promise<void> {
  const archive = state();
  const recorder = archive.recorder;
  archive.recorder = null;
  archive.episodes?.stop();
  archive.episodes = null;
  return recorder?.stop() ?? Promise.resolve();
}

export function stopArchive(): Promise<void> {
  state().sweeper?.stop();
  state().sweeper = null;
  return stopRecording();
}

/** For GET /api/health: the recorder's state and what the station log holds. */
export function describeArchive() {
  const { recorder, sweeper } = state();
  const { record, days, maxBytes } = archiveSettings();
  return {
    // off: not configured to; standby: another instance records (REDIS_URL).
    recorder: !record ? 'off' : recorder ? 'on' : 'standby',
    ...(recorder?.status() ?? {
      recording: false,
      gapSince: null,
      bytesToday: 0,
      recordedUntil: null,
    }),
    days,
    maxBytes,
    ...(sweeper?.status() ?? {
      storedBytes: 0,
      episodeBytes: 0,
      oldest: null,
      warning: null,
      lastSweep: null,
    }),
  };
}
