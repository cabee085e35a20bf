import { forgetPosition, readPosition, rememberPosition } from './episode-positions';

/**
 * Listen again in the dock: an episode's audio in an <audio> element of its own beside the live
 * one, so the live player's machine (reconnects, the live edge) never sees a file that ends and
 * seeks. One per page, made at first use: the dock attaches the element, the episode page's
 * buttons ask it to play (from a chapter's point, or where the listener left off), and both read
 * its state through subscribe/getState (useSyncExternalStore).
 */
export type EpisodeSource = {
  /** `<show>/<id>`: where its position is remembered. */
  key: string;
  src: string;
  title: string;
  show: string;
  /** The episode's page, for the dock's link. */
  href: string;
  durationS: number;
};

export type EpisodeStatus = 'loading' | 'playing' | 'paused' | 'ended' | 'error';
export type EpisodeState =
  | { source: null }
  | { source: EpisodeSource; status: EpisodeStatus; position: number; duration: number };

export type PlayingEpisode = Extract<EpisodeState, { source: EpisodeSource }>;

const IDLE: EpisodeState = { source: null };
// The remembered position is written at most this often while playing (and at every pause).
const REMEMBER_EVERY_MS = 5_000;

export class EpisodeController {
  private state: EpisodeState = IDLE;
  private readonly listeners = new Set<() => void>();
  private audio: HTMLAudioElement | null = null;
  private rememberedAt = 0;
  /** Called as an episode starts: the dock stops the live stream. */
  private onStart: () => void = () => {};

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = () => this.state;

  /** Plays `source` from `at` seconds, or from where it was left (or the start). */
  play = (source: EpisodeSource, at: number | null = null) => {
    const audio = this.audio;
    if (!audio) return;
    const same = this.state.source?.key === source.key;
    const from = at ?? (same ? null : readPosition(source.key));
    if (!same) {
      audio.src = source.src;
      this.set({ source, status: 'loading', position: from ?? 0, duration: source.durationS });
    } else if (this.state.source && this.state.status !== 'playing') {
      this.set({ ...this.state, status: 'loading' });
    }
    if (from !== null) audio.currentTime = from;
    this.onStart();
    // Called within the press: browsers allow sound only from a user's gesture.
    audio.play().catch(() => {
      if (this.state.source) this.set({ ...this.state, status: 'paused' });
    });
  };

  resume = () => {
    if (this.state.source) this.play(this.state.source);
  };

  pause = () => {
    this.audio?.pause();
  };

  /** To `seconds` into the episode (the scrubber, the lock screen, a chapter of this episode). */
  seek = (seconds: number) => {
    const audio = this.audio;
    if (!audio || !this.state.source) return;
    const duration = this.state.duration || audio.duration || 0;
    const to = Math.max(0, duration > 0 ? Math.min(seconds, duration - 0.5) : seconds);
    audio.currentTime = to;
    this.set({ ...this.state, position: to });
  };

  /** Leaves the episode (going back to live): its position is kept for next time. */
  close = () => {
    const audio = this.audio;
    if (!audio || !this.state.source) return;
    this.remember(true);
    audio.pause();
    audio.removeAttribute('src');
    audio.load();
    this.set(IDLE);
  };

  /** Wires up the dock's element, and what to do as an episode starts; returns the undo. */
  attach(audio: HTMLAudioElement, onStart: () => void): () => void {
    this.audio = audio;
    this.onStart = onStart;
    const on: Record<string, () => void> = {
      playing: () => this.update({ status: 'playing' }),
      waiting: () => this.update({ status: 'loading' }),
      pause: () => {
        if (!audio.ended) this.update({ status: 'paused' });
        this.remember(true);
      },
      ended: () => {
        if (this.state.source) forgetPosition(this.state.source.key);
        this.update({ status: 'ended' });
      },
      error: () => {
        if (audio.hasAttribute('src')) this.update({ status: 'error' });
      },
      loadedmetadata: () => {
        if (Number.isFinite(audio.duration)) this.update({ duration: audio.duration });
      },
      timeupdate: () => {
        // Whole seconds: the dock re-renders once a second, not at every event.
        const position = Math.floor(audio.currentTime);
        if (this.state.source && position !== Math.floor(this.state.position)) {
          this.update({ position: audio.currentTime });
        }
        this.remember(false);
      },
    };
    for (const [type, handler] of Object.entries(on)) audio.addEventListener(type, handler);
    const onPageHide = () => this.remember(true);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      for (const [type, handler] of Object.entries(on)) audio.removeEventListener(type, handler);
      window.removeEventListener('pagehide', onPageHide);
      this.audio = null;
    };
  }

  private remember(now: boolean) {
    const audio = this.audio;
    const source = this.state.source;
    if (!audio || !source || audio.ended) return;
    if (!now && Date.now() - this.rememberedAt < REMEMBER_EVERY_MS) return;
    this.rememberedAt = Date.now();
    rememberPosition(source.key, audio.currentTime);
  }

  private update(change: Partial<PlayingEpisode>) {
    if (this.state.source) this.set({ ...this.state, ...change });
  }

  private set(next: EpisodeState) {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}

let shared: EpisodeController | undefined;

/** The page's one episode player (the dock attaches its element; the episode page plays). */
export const episodeController = () => (shared ??= new EpisodeController());
