import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { backoffDelay, RECORDER_BACKOFF } from '@/lib/retry/backoff';
import { londonDateOf } from '@/lib/time/london-calendar';
import { discardIncoming, incomingDir, storeSegment } from './archive-files';
import {
  parseProgressLine,
  parseSegmentListLine,
  recorderArgs,
  recorderCommand,
  SEGMENT_LIST_FD,
  type ListedSegment,
} from './ffmpeg';
import { segmentEnd, type Segment } from './segments';
import { createStreamClock } from './stream-clock';

/**
 * The station log's recorder: one ffmpeg listening to the stream as a listener does and copying
 * its frames into 10 s segments (./ffmpeg.ts), each moved to its day's folder under the instant
 * its audio went out (./stream-clock.ts) as it closes. When the stream ends (the source dropped,
 * Icecast restarted, a stall of 10 s), ffmpeg exits and the recorder starts another with the
 * project's backoff; the time between is a gap, and stays one: nothing is written for it.
 * A separate process, so recording costs the site's event loop nothing but a few lines a second.
 */
export type RecorderStatus = {
  recording: boolean;
  /** While not recording: since when there has been no audio (the end of the last), ISO. */
  gapSince: string | null;
  /** Bytes this recorder stored since UK midnight. */
  bytesToday: number;
  /** Where this recorder's newest stored segment ends, ISO. */
  recordedUntil: string | null;
};
export type Recorder = {
  status(): RecorderStatus;
  /** The running ffmpeg's process id (the benchmark samples its CPU). */
  pid(): number | null;
  /** Ends ffmpeg (which closes its segment), stores what it wrote, and stops retrying. */
  stop(): Promise<void>;
};

const SETPRIV = existsSync('/usr/bin/setpriv') ? '/usr/bin/setpriv' : null;

export function startRecorder({
  url,
  dir,
  now = Date.now,
  random = Math.random,
  log = (message: string) => console.warn(message),
  onSegment,
}: {
  url: string;
  /** The station log's folder (DATA_DIR/archive). */
  dir: string;
  now?: () => number;
  random?: () => number;
  log?: (message: string) => void;
  onSegment?: (segment: Segment) => void;
}): Recorder {
  let stopped = false;
  let child: ChildProcess | null = null;
  let recording = false;
  let gapSince: number | null = null;
  let recordedUntil: number | null = null;
  let attempt = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let today = { day: londonDateOf(new Date(now())), bytes: 0 };
  // Segments are stored one after another, in the order ffmpeg closed them.
  let storing = Promise.resolve();

  function stored(segment: Segment) {
    const day = londonDateOf(new Date(now()));
    if (day !== today.day) today = { day, bytes: 0 };
    today.bytes += segment.bytes;
    recordedUntil = Math.max(recordedUntil ?? 0, segmentEnd(segment));
    onSegment?.(segment);
  }

  function run() {
    if (stopped) return;
    const runId = `${now().toString(36)}-${randomBytes(3).toString('hex')}`;
    const clock = createStreamClock();
    const pending: ListedSegment[] = [];
    let reachedUs = 0;
    let stderr = '';
    mkdirSync(incomingDir(dir), { recursive: true });
    const args = recorderArgs({ url, incomingDir: incomingDir(dir), runId });
    const [command, argv] = recorderCommand(args, SETPRIV);
    const ffmpeg = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    child = ffmpeg;

    // A closed segment is dated once the clock knows the stream's anchor (its first progress).
    function flush(final: boolean) {
      while (pending.length > 0) {
        const listed = pending[0]!;
        const start = clock.instantOf(listed.startS);
        if (start === null && !final) return;
        pending.shift();
        if (start === null) {
          void discardIncoming(dir, listed.file);
          continue;
        }
        const durationMs = (listed.endS - listed.startS) * 1000;
        storing = storing
          .then(() => storeSegment(dir, listed.file, start, durationMs))
          .then(stored, (error: Error) =>
            log(`[archive] could not store a segment: ${error.message}`),
          );
      }
    }

    createInterface({ input: ffmpeg.stdout! }).on('line', (line) => {
      const us = parseProgressLine(line);
      if (us === null) return;
      reachedUs = us;
      clock.observe(now(), us);
      if (us > 0 && !recording) {
        recording = true;
        if (gapSince !== null) {
          log(
            `[archive] recording again; nothing was recorded from ${new Date(gapSince).toISOString()}`,
          );
        }
        gapSince = null;
        attempt = 0;
      }
      flush(false);
    });
    createInterface({ input: ffmpeg.stdio[SEGMENT_LIST_FD] as Readable }).on('line', (line) => {
      const listed = parseSegmentListLine(line);
      if (listed) pending.push(listed);
      flush(false);
    });
    ffmpeg.stderr!.on('data', (chunk) => (stderr = (stderr + chunk).slice(-1_000)));

    let ended = false;
    const end = (why: string) => {
      if (ended) return;
      ended = true;
      child = null;
      flush(true);
      if (gapSince === null) gapSince = clock.instantOf(reachedUs / 1e6) ?? now();
      const wasRecording = recording;
      recording = false;
      if (stopped) return;
      attempt += 1;
      if (wasRecording || attempt === 1) {
        log(`[archive] the stream ended (${why}): trying again until it is back`);
      }
      retry = setTimeout(run, backoffDelay(attempt, random(), RECORDER_BACKOFF));
      retry.unref?.();
    };
    ffmpeg.once('error', (error) => end(error.message));
    ffmpeg.once('close', (code, signal) =>
      end(`ffmpeg ${signal ?? `exited ${code}`}${stderr.trim() ? `: ${stderr.trim()}` : ''}`),
    );
  }

  run();
  return {
    status() {
      const day = londonDateOf(new Date(now()));
      return {
        recording,
        gapSince: gapSince === null ? null : new Date(gapSince).toISOString(),
        bytesToday: day === today.day ? today.bytes : 0,
        recordedUntil: recordedUntil === null ? null : new Date(recordedUntil).toISOString(),
      };
    },
    pid: () => child?.pid ?? null,
    async stop() {
      stopped = true;
      clearTimeout(retry);
      const running = child;
      if (running) {
        const closed = new Promise((resolve) => running.once('close', resolve));
        running.kill('SIGTERM');
        const timer = setTimeout(() => running.kill('SIGKILL'), 3_000);
        await closed;
        clearTimeout(timer);
      }
      await storing;
    },
  };
}
