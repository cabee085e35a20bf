// Types for station.mjs.
import type { MountStatus } from './icecast.mjs';
import type { Track, TrackInput } from './make-tracks.mjs';

export declare const REPO_ROOT: string;
export declare const DEFAULT_DEMO_DIR: string;
export declare const DEFAULT_DEMO_STATE_FILE: string;

/** The JSON in a station state file (mode 0600: it holds the Icecast passwords). */
export interface StationState {
  version: 1;
  ownerPid: number;
  dir: string;
  host: string;
  port: number;
  mount: string;
  streamUrl: string;
  statusUrl: string;
  icecast: {
    pid: number;
    guardPid: number | null;
    adminUser: string;
    adminPassword: string;
    sourcePassword: string;
  };
  tracks: Track[];
  autoTitles: boolean;
  source: { pid: number } | null;
  startedAt: string;
}

export interface StationEnv {
  STREAM_URL: string;
  ICECAST_STATUS_URL: string;
  ICECAST_MOUNT: string;
}

export interface Station {
  readonly host: string;
  readonly port: number;
  readonly mount: string;
  readonly streamUrl: string;
  readonly statusUrl: string;
  readonly dir: string;
  readonly stateFile: string | null;
  readonly tracks: Track[];
  /** Per-track titles in play order, "Artist - Title". */
  readonly titles: string[];
  /** Start-up timings in ms (startStation only). */
  timings: { tracksMs: number; icecastMs: number; sourceMs: number } | null;
  state(): StationState;
  env(): StationEnv;
  sourcePid(): number | null;
  status(): Promise<MountStatus>;
  waitForTitle(expected: string | RegExp, timeoutMs?: number): Promise<number>;
  waitForMount(present?: boolean, timeoutMs?: number): Promise<number>;
  /** Pauses per-track titles, sets this one, resolves once status-json shows it. */
  setTitle(title: string, options?: { timeoutMs?: number }): Promise<void>;
  resumeTitles(): Promise<void>;
  /** No-op if running; resolves when the mount is up (with track 1's title). */
  startSource(options?: { timeoutMs?: number }): Promise<void>;
  /** Resolves when the mount is gone from status-json. */
  stopSource(options?: { timeoutMs?: number }): Promise<void>;
  restartSource(): Promise<void>;
  stop(): Promise<void>;
}

export interface StartStationOptions {
  port: number;
  dir: string;
  host?: string;
  mount?: string;
  trackSeconds?: number;
  tracksDir?: string;
  tracks?: TrackInput[];
  stateFile?: string | null;
  ownerPid?: number;
  autoTitles?: boolean;
  /** Start the source too (default true). */
  source?: boolean;
  /** Icecast burst-size in bytes (default 262144). */
  burstSize?: number;
}

export declare function readStationState(stateFile: string): StationState | null;
export declare function isStationRunning(state: StationState | null): boolean;
export declare function startStation(options: StartStationOptions): Promise<Station>;
export declare function connectStation(stateFile: string): Station;
export declare function stopStation(stateFile: string): Promise<boolean>;
