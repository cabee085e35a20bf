import { readLimited } from '@/lib/http/read-limited';
import { baseDelay, pollerBackoff } from '@/lib/retry/backoff';
import type { TrackInput } from '../track';

/**
 * What one look at a polled source found. `track`, `untitled` (on air, but naming no track) and
 * (after a grace period) `off-air` change what is on; `no-track` and `invalid` keep the last
 * state.
 */
export type SourceReading =
  | { status: 'track'; track: TrackInput }
  | { status: 'untitled'; reason: string }
  | { status: 'off-air'; reason: string }
  | { status: 'no-track'; reason: string }
  | { status: 'invalid'; reason: string };

export type Timers = {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

export type PollerOptions = {
  name: string;
  url: string;
  parse: (text: string) => SourceReading;
  /** May answer later (the shared store): the poller waits for it before the next poll. */
  onTrack: (track: TrackInput) => unknown;
  /** The source is on air but names no track (lib/now-playing/untitled.ts); every poll, as onTrack. */
  onUntitled?: () => unknown;
  /** The source has said the station is off air for `offAirAfterMs` (once per outage). */
  onOffAir?: () => unknown;
  /**
   * How long a source must go on saying "off air" before we believe it: an Icecast mount
   * vanishes for a moment when playout switches source, and a page should not flap.
   */
  offAirAfterMs?: number;
  now?: () => number;
  intervalMs?: number;
  timeoutMs?: number;
  maxBytes?: number;
  maxBackoffMs?: number;
  fetch?: typeof fetch;
  timers?: Timers;
  log?: (message: string) => void;
};

export type Poller = { stop(): void; pollOnce(): Promise<SourceReading> };

const nodeTimers: Timers = {
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // A poller must never keep the process (or a test run) alive by itself.
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Polls a JSON status URL: one request at a time (the next is scheduled after the previous ends,
 * so a slow server never piles requests up), a timeout per request, a size cap on the body, and
 * exponential backoff while the server is unreachable. Problems are logged when they change, not
 * every two seconds. A failed or unreadable poll keeps the last state: it reports nothing.
 */
export function startPoller(options: PollerOptions): Poller {
  const {
    intervalMs = 2000,
    timeoutMs = Math.min(intervalMs, 5000),
    maxBytes = 1024 * 1024,
    maxBackoffMs = 30_000,
    timers = nodeTimers,
    log = (message: string) => console.warn(message),
    offAirAfterMs = 30_000,
    now = Date.now,
  } = options;
  const fetchImpl = options.fetch ?? fetch;
  const backoff = pollerBackoff(intervalMs, maxBackoffMs);
  let stopped = false;
  let handle: unknown;
  let failures = 0;
  let lastProblem: string | undefined;
  // Since when the source has said "off air", and whether we have passed that on.
  let offAirSince: number | undefined;
  let offAirReported = false;

  function report(problem: string | undefined) {
    if (problem === lastProblem) return;
    if (problem) log(`[now-playing] ${options.name}: ${problem}`);
    else if (lastProblem) log(`[now-playing] ${options.name}: recovered`);
    lastProblem = problem;
  }

  async function pollOnce(): Promise<SourceReading> {
    let reading: SourceReading;
    try {
      reading = options.parse(await fetchText());
      failures = 0;
    } catch (error) {
      failures++;
      reading = {
        status: 'invalid',
        reason: error instanceof Error ? error.message : String(error),
      };
      report(`poll failed: ${reading.reason}`);
      return reading;
    }
    let problem = reading.status === 'invalid' ? `unreadable status: ${reading.reason}` : undefined;
    try {
      if (reading.status === 'track' || reading.status === 'untitled') {
        // On air, title or not: whatever outage there was is over.
        offAirSince = undefined;
        offAirReported = false;
        if (reading.status === 'track') await options.onTrack(reading.track);
        else await options.onUntitled?.();
      } else if (reading.status === 'off-air') {
        offAirSince ??= now();
        if (!offAirReported && now() - offAirSince >= offAirAfterMs) {
          await options.onOffAir?.();
          offAirReported = true;
        }
      }
    } catch (error) {
      // The store failing (disk full, Redis away) is not the source's fault: log once, poll on.
      problem = `could not record track: ${String(error)}`;
    }
    report(problem);
    return reading;
  }

  async function fetchText(): Promise<string> {
    const response = await fetchImpl(options.url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/json' },
      cache: 'no-store',
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new Error(`HTTP ${response.status}`);
    }
    const body = await readLimited(response.body, maxBytes);
    if (!body.ok) throw new Error(`response over ${maxBytes} bytes`);
    return new TextDecoder().decode(body.bytes);
  }

  function schedule() {
    if (stopped) return;
    const delay = failures === 0 ? intervalMs : baseDelay(failures, backoff);
    handle = timers.setTimeout(() => {
      void pollOnce().finally(schedule);
    }, delay);
  }

  void pollOnce().finally(schedule);
  return {
    stop() {
      stopped = true;
      timers.clearTimeout(handle);
    },
    pollOnce,
  };
}
