// Types for icecast.mjs.
import type { Track, TrackInput } from './make-tracks.mjs';

export declare const DEFAULT_HOST: string;
export declare const DEFAULT_MOUNT: string;
export declare const ICECAST_BIN: string;

/** What setTitle/startSource need to reach an Icecast (a handle or its JSON fields). */
export interface IcecastAccess {
  host?: string;
  port: number;
  adminUser?: string;
  adminPassword: string;
  sourcePassword: string;
  dir?: string;
  pid?: number;
}

export interface IcecastHandle extends IcecastAccess {
  host: string;
  pid: number;
  guardPid: number | null;
  dir: string;
  baseUrl: string;
  statusUrl: string;
  mounts: string[];
  adminUser: string;
  startupMs: number;
  /** SIGTERM, up to 3 s, then SIGKILL; also ends the guard. */
  stop(): Promise<boolean>;
}

export interface StartIcecastOptions {
  port: number;
  dir: string;
  host?: string;
  mounts?: string[];
  /** The icecast2 process is stopped when this process is gone (0: never). Default: caller. */
  ownerPid?: number;
  timeoutMs?: number;
  sourcePassword?: string;
  adminPassword?: string;
  logLevel?: number;
  /** Bytes sent at once to a new listener; default 262144 (≈16 s at 128 kbit/s). */
  burstSize?: number;
}

export interface SourceOptions {
  icecast: IcecastAccess;
  mount?: string;
  tracks: TrackInput[];
  loop?: boolean;
  /** Set "Artist - Title" at each track boundary (default true). */
  autoTitles?: boolean;
  /** The source stops when this process is gone (0: never). Default: caller. */
  ownerPid?: number;
  logFile?: string;
  timeoutMs?: number;
}

export interface SourceHandle {
  pid: number;
  mount: string;
  stop(): Promise<void>;
  restart(): Promise<void>;
  pauseTitles(): void;
  resumeTitles(): void;
}

export interface MountSource {
  mount: string | null;
  title: string | null;
  listeners: number;
  raw: Record<string, unknown>;
}

export interface MountStatus {
  present: boolean;
  title: string | null;
}

export declare function isAlive(pid: number): boolean;
export declare function cmdlineOf(pid: number): string;
export declare function stopProcess(
  pid: number,
  options?: { match?: string; group?: boolean; timeoutMs?: number },
): Promise<boolean>;
export declare function freePort(host?: string): Promise<number>;
export declare function portInUse(port: number, host?: string): Promise<boolean>;
export declare function parseStatusJson(text: string): unknown;
export declare function readStatus(
  statusUrl: string,
  options?: { timeoutMs?: number },
): Promise<Record<string, unknown> & { server_id?: string; sources: MountSource[] }>;
export declare function getMountStatus(statusUrl: string, mount?: string): Promise<MountStatus>;
export declare function waitForTitle(
  statusUrl: string,
  mount: string,
  expected: string | RegExp,
  timeoutMs?: number,
): Promise<number>;
export declare function waitForMount(
  statusUrl: string,
  mount: string,
  present?: boolean,
  timeoutMs?: number,
): Promise<number>;
export declare function icecastConfigXml(options: {
  host: string;
  port: number;
  mounts: string[];
  sourcePassword: string;
  adminPassword: string;
  logDir: string;
  runAsRoot: boolean;
  logLevel: number;
  burstSize?: number;
}): string;
export declare function startIcecast(options: StartIcecastOptions): Promise<IcecastHandle>;
export declare function stopIcecast(icecast: {
  pid: number;
  guardPid?: number | null;
}): Promise<boolean>;
export declare function setTitle(
  icecast: Pick<IcecastAccess, 'host' | 'port' | 'adminUser' | 'adminPassword'>,
  mount: string,
  song: string,
): Promise<void>;
export declare function resolveTracks(tracks: TrackInput[]): Promise<Track[]>;
export declare function spawnSourceRunner(options: SourceOptions): Promise<number>;
export declare function stopSourcePid(pid: number): Promise<boolean>;
export declare function startSource(options: SourceOptions): Promise<SourceHandle>;
export declare function signalRunner(pid: number, signal: 'SIGUSR1' | 'SIGUSR2'): void;
