import { LIVE_BACKOFF } from '@/lib/retry/backoff';
import { classifyMediaError, classifyPlayRejection } from '@/lib/player/failures';
import { LISTEN_PATHS, liveStreamUrl, type StreamQuality } from '@/lib/player/live-url';
import {
  INITIAL_STATE,
  transition,
  wantsSound,
  type PlayerCommand,
  type PlayerEvent,
  type PlayerState,
} from '@/lib/player/machine';
import { DELAY_SAMPLES, delaySample, settledDelayMs } from '@/lib/player/heard-track';
import {
  initialQuality,
  noteStall,
  QUALITY_POLICY,
  reconsider,
  type Conditions,
  type QualityState,
} from '@/lib/player/quality';
import { hasStalled, noteProgress, STALL_MS, type Progress } from '@/lib/player/stall-watch';
import type { StreamEvent } from '@/lib/live/events';
import { forgetListening, markListening, readWasListening } from './listening-memory';
import { openTabChannel, type TabChannel } from './tab-channel';

// A pause not followed by `ended` within this long was the browser's or the OS's doing.
const PAUSE_SETTLE_MS = 300;
const WATCH_EVERY_MS = 1_000;

const NO_FALLBACK: Conditions = {
  hasFallback: false,
  chosen: false,
  saveData: false,
  poorConnection: false,
};

/** The Network Information API, where the browser has it (Chromium): Save-Data, 2g. */
type Connection = EventTarget & { saveData?: boolean; effectiveType?: string };
const connection = (): Connection | undefined =>
  (navigator as Navigator & { connection?: Connection }).connection;

/**
 * The browser side of the player: feeds the <audio> element's events and the timers into the
 * pure machine (lib/player/machine.ts) and carries out the commands it returns. One per island;
 * React reads its state through subscribe/getState (useSyncExternalStore).
 */
export class LiveAudioController {
  private state: PlayerState = INITIAL_STATE;
  private readonly listeners = new Set<() => void>();
  private audio: HTMLAudioElement | null = null;
  private tabs: TabChannel | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private attemptTimer: ReturnType<typeof setTimeout> | undefined;
  private progress: Progress | null = null;
  private delaySamples: number[] = [];
  private delayMs: number | null = null;
  // When this connection was asked for (performance.now()), and the stream's burst (the server's
  // measure, from the live channel).
  private connectedAt = 0;
  private streams: StreamEvent = {};
  /** Which stream to play (lib/player/quality.ts), and which one the connection is to. */
  private quality: QualityState = initialQuality(NO_FALLBACK, 0);
  private conditions: Conditions = NO_FALLBACK;
  private connectedTo: StreamQuality = 'main';
  private lastStallAt = -Infinity;
  // Bumped by every new connection or teardown: late answers from an older one are ignored.
  private generation = 0;

  constructor(private readonly paths: Record<StreamQuality, string> = LISTEN_PATHS) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = () => this.state;

  /**
   * How far behind the live edge the listener's audio is, in ms (lib/player/heard-track.ts),
   * or null when nothing is playing or the element cannot say yet.
   */
  getDelayMs = () => this.delayMs;

  /** Which stream the player plays, and why (lib/player/quality.ts). */
  getQuality = () => this.quality;

  dispatch = (event: PlayerEvent) => {
    const { state, commands } = transition(this.state, event);
    if (state !== this.state) {
      this.state = state;
      for (const listener of this.listeners) listener();
    }
    for (const command of commands) this.run(command);
  };

  /** The station's streams as the server describes them: bursts, and the fallback if any. */
  setStreams = (streams: StreamEvent) => {
    this.streams = streams;
    this.updateConditions({ hasFallback: !!streams.fallback });
  };

  /** "Always use data saver", the listener's choice. */
  setDataSaverChosen = (chosen: boolean) => this.updateConditions({ chosen });

  play = () => this.dispatch({ type: 'play' });
  stop = () => this.dispatch({ type: 'stop', reason: 'user' });

  /** Wires up the element, the other tabs and the watchdog; returns the undo. */
  attach(audio: HTMLAudioElement): () => void {
    this.audio = audio;
    this.tabs = openTabChannel(() => this.dispatch({ type: 'stop', reason: 'other-tab' }));
    let pauseTimer: ReturnType<typeof setTimeout> | undefined;
    const now = () => Date.now();
    const on: Record<string, () => void> = {
      playing: () => {
        clearTimeout(this.attemptTimer);
        this.progress = null;
        this.dispatch({ type: 'playing' });
        this.measureDelay(audio);
      },
      // Ran dry while playing: the network did not keep up (a stall, for the choice of stream).
      waiting: () => {
        if (this.state.status === 'playing') this.noteStall(now());
      },
      // The source dropped: Chromium plays out its buffer, then fires pause + ended.
      ended: () => this.dispatch({ type: 'dropped', at: now(), cause: 'ended' }),
      error: () => {
        if (!audio.hasAttribute('src')) return;
        if (classifyMediaError(audio.error?.code) === 'retry') {
          this.dispatch({ type: 'dropped', at: now(), cause: 'error' });
        }
      },
      pause: () => {
        clearTimeout(pauseTimer);
        pauseTimer = setTimeout(() => {
          if (this.state.status === 'playing' && audio.paused && !audio.ended) {
            this.dispatch({ type: 'paused-by-browser' });
          }
        }, PAUSE_SETTLE_MS);
      },
    };
    for (const [type, handler] of Object.entries(on)) audio.addEventListener(type, handler);

    // A stream that says it plays but makes no progress has silently stalled.
    const watch = setInterval(() => {
      if (wantsSound(this.state)) this.setQuality(this.reconsidered(now()));
      if (this.state.status !== 'playing') return this.setDelay(null);
      this.measureDelay(audio);
      this.progress = noteProgress(this.progress, audio.currentTime, now());
      if (hasStalled(this.progress, now())) {
        this.dispatch({ type: 'dropped', at: now(), cause: 'stall' });
        // After the drop: the reconnect then goes to whichever stream this chooses.
        this.noteStall(now(), { unlessRecent: true });
      }
    }, WATCH_EVERY_MS);

    // Keep "was listening" fresh for a reload's Resume offer.
    const onPageHide = () => {
      if (wantsSound(this.state)) markListening();
    };
    window.addEventListener('pagehide', onPageHide);
    this.dispatch({ type: 'restore', resumable: readWasListening() });

    // The browser asking for less data, or a 2g link, moves the player down at once.
    const link = connection();
    const onConnection = () =>
      this.updateConditions({
        saveData: link?.saveData === true,
        poorConnection: link?.effectiveType === '2g' || link?.effectiveType === 'slow-2g',
      });
    link?.addEventListener('change', onConnection);
    onConnection();

    return () => {
      if (wantsSound(this.state)) this.dispatch({ type: 'stop', reason: 'user' });
      for (const [type, handler] of Object.entries(on)) audio.removeEventListener(type, handler);
      clearInterval(watch);
      clearTimeout(pauseTimer);
      clearTimeout(this.retryTimer);
      clearTimeout(this.attemptTimer);
      window.removeEventListener('pagehide', onPageHide);
      link?.removeEventListener('change', onConnection);
      this.tabs?.close();
      this.tabs = null;
      this.audio = null;
    };
  }

  private updateConditions(change: Partial<Conditions>) {
    this.conditions = { ...this.conditions, ...change };
    this.setQuality(this.reconsidered(Date.now()));
  }

  private reconsidered(now: number) {
    const upAfterSeconds = this.streams.fallback?.upAfterSeconds;
    const policy = upAfterSeconds
      ? { ...QUALITY_POLICY, upAfterMs: upAfterSeconds * 1000 }
      : QUALITY_POLICY;
    return reconsider(this.quality, now, this.conditions, policy);
  }

  /**
   * A stall on the stream in use. The watchdog's (no progress for 8 s) and an attempt's timeout
   * usually follow the element's own `waiting`: one stall is counted once.
   */
  private noteStall(at: number, { unlessRecent = false } = {}) {
    if (unlessRecent && at - this.lastStallAt < STALL_MS + 2_000) return;
    this.lastStallAt = at;
    this.setQuality(noteStall(this.quality, at, this.conditions));
  }

  /** Takes the new choice; a change of stream while listening moves the connection. */
  private setQuality(next: QualityState) {
    if (next === this.quality) return;
    this.quality = next;
    for (const listener of this.listeners) listener();
    if (next.stream !== this.connectedTo) this.dispatch({ type: 'switch-stream' });
  }

  private measureDelay(audio: HTMLAudioElement) {
    // Each stream has a burst of its own: Icecast sets it in bytes, per mount.
    const burstSeconds =
      this.connectedTo === 'low' ? this.streams.fallback?.burstSeconds : this.streams.burstSeconds;
    const sample = delaySample(audio, {
      sinceConnectS: (performance.now() - this.connectedAt) / 1000,
      burstSeconds: burstSeconds ?? null,
    });
    if (sample === null) return;
    this.delaySamples = [...this.delaySamples, sample].slice(-DELAY_SAMPLES);
    this.setDelay(settledDelayMs(this.delaySamples));
  }

  private setDelay(delayMs: number | null) {
    if (delayMs === null) this.delaySamples = [];
    if (delayMs === this.delayMs) return;
    this.delayMs = delayMs;
    for (const listener of this.listeners) listener();
  }

  private run(command: PlayerCommand) {
    switch (command.type) {
      case 'start-stream':
        return this.startStream();
      case 'stop-stream':
        return this.stopStream();
      case 'schedule-retry':
        clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(() => this.dispatch({ type: 'retry' }), command.delayMs);
        return;
      case 'cancel-retry':
        return clearTimeout(this.retryTimer);
      case 'claim-tab':
        return this.tabs?.claim();
      case 'remember-listening':
        return markListening();
      case 'forget-listening':
        return forgetListening();
    }
  }

  /** A new connection at the live edge: a fresh URL, never the old buffer. */
  private startStream() {
    const audio = this.audio;
    if (!audio) return;
    const generation = ++this.generation;
    this.progress = null;
    this.setDelay(null);
    this.connectedAt = performance.now();
    this.connectedTo = this.quality.stream;
    audio.src = liveStreamUrl(this.paths[this.connectedTo], Date.now());
    audio.play().catch((error: unknown) => {
      if (generation !== this.generation) return;
      const kind = classifyPlayRejection(errorName(error));
      if (kind === 'blocked') this.dispatch({ type: 'blocked' });
      if (kind === 'retry') this.dispatch({ type: 'dropped', at: Date.now(), cause: 'error' });
    });
    clearTimeout(this.attemptTimer);
    this.attemptTimer = setTimeout(() => {
      const state = this.state;
      const trying =
        state.status === 'connecting' || (state.status === 'reconnecting' && state.trying);
      if (generation === this.generation && trying) {
        this.dispatch({ type: 'dropped', at: Date.now(), cause: 'timeout' });
        // Too slow to start is a weak signal too (unless the station is down: every stream is).
        this.noteStall(Date.now(), { unlessRecent: true });
      }
    }, LIVE_BACKOFF.attemptTimeoutMs);
  }

  /** Drop the connection, so nothing buffers while stopped and a restart is live. */
  private stopStream() {
    const audio = this.audio;
    this.generation++;
    this.progress = null;
    this.setDelay(null);
    clearTimeout(this.attemptTimer);
    if (!audio) return;
    audio.pause();
    if (audio.hasAttribute('src')) {
      audio.removeAttribute('src');
      audio.load();
    }
  }
}

// play() rejects with a DOMException; only its name matters.
function errorName(error: unknown): string | undefined {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : undefined;
}
