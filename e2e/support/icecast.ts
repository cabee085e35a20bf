/**
 * A real Icecast 2 + looping tone source for Playwright specs (no mocks).
 *
 * The station: icecast2 on 127.0.0.1:<port> with mount /live, fed by ffmpeg with four ~20 s
 * tagged tone "tracks"; its status-json.xsl `title` is "Artist - Title" and changes at every
 * track boundary (see scripts/station/*.mjs; facts in docs/icecast.md).
 *
 * How the processes fit together
 * - One station per test run, at a fixed port (E2E_STATION_PORT, 8801), so the Next server
 *   can be given STREAM_URL / ICECAST_STATUS_URL / ICECAST_MOUNT up front (E2E_STATION_ENV).
 * - Its handle (pids, port, Icecast passwords, tracks) is in a state file
 *   (E2E_STATION_STATE_FILE, .run/e2e-station.json, mode 0600). Specs run in worker
 *   processes: they call connectTestStation() and control the same station through the file.
 *   stopSource() SIGTERMs the source runner's process group (pid from the file, verified
 *   against /proc/<pid>/cmdline) and waits until the mount is gone; startSource() spawns a
 *   new detached runner, waits until the mount is up with track 1's title and writes its pid
 *   back. The new runner belongs to the station's owner process, not to the worker.
 * - Nothing outlives the station's owner: the source runner exits when the owner is gone and
 *   a guard process stops icecast2 when the owner is gone (even after a SIGKILL).
 * - Specs that stop/start the source or set titles change shared state: run them serially
 *   (`test.describe.configure({ mode: 'serial' })`, or one worker for that project), and
 *   leave the source running (startSource in afterEach/afterAll).
 *
 * Wiring, option A (recommended): a webServer entry before the Next server. Playwright sets
 * up webServer entries in order and *before* globalSetup, so the station is up when Next
 * starts:
 *
 *   webServer: [
 *     {
 *       command: e2eStationCommand(),
 *       wait: { stdout: /ICECAST_MOUNT=/ },       // printed once the source is up
 *       gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
 *       stdout: 'pipe',
 *     },
 *     { command: 'node node_modules/next/dist/bin/next start -p 3100', url: 'http://127.0.0.1:3100',
 *       env: { ...E2E_STATION_ENV } },
 *   ],
 *
 * (No `url`/`port` on the station entry: Icecast answers HTTP before the source is up, and
 * `wait` only counts if no url/port check wins the race. demo-station.mjs exits 3 if the port
 * is busy, which Playwright reports as a start failure.)
 *
 * Option B: globalSetup → `export default () => setupE2EStation();` (returns the teardown).
 * Then the station starts after the Next server; fine as long as the site tolerates an
 * Icecast that appears a moment later.
 *
 * In a spec:
 *   const station = await connectTestStation();
 *   await station.stopSource();    // → the player shows "Reconnecting…"
 *   await station.startSource();   // → playback resumes
 *   await station.setTitle('Café Niño - Tést');   // sticks until resumeTitles()/startSource()
 * Timing (measured here): the mount is gone from status-json ~0.1 s after stopSource(), but a
 * playing <audio> keeps going on Icecast's burst for about the burst's duration (≈16.6 s at
 * the default 256 KiB, ≈8.3 s at burstSize 131072) before `pause` + `ended`; give
 * "Reconnecting…" assertions a timeout above that. startSource() resolves in ~1–1.5 s, the
 * title is in status-json 0.1–0.6 s after setTitle(), and a track boundary shows there
 * within ~0.3 s of the boundary.
 */
import path from 'node:path';
import { e2eStateSuffix, ports } from './env';
import type { Station, StationEnv } from '../../scripts/station/station.mjs';

// The station code is ESM (.mjs). Playwright's TypeScript loader turns a static import of it
// into require() and breaks it ("exports is not defined in ES module scope"), so it is loaded
// with a dynamic import(), which Playwright hands to its ESM loader. Constants below must
// not depend on it: playwright.config.ts imports them synchronously.
const stationModule = () => import('../../scripts/station/station.mjs');

export type TestStation = Station;
export type { StationEnv };

/** The repository root (this file is e2e/support/icecast.ts). */
export const REPO_ROOT =
  typeof __dirname === 'string' ? path.resolve(__dirname, '../..') : process.cwd();

export const E2E_STATION_HOST = '127.0.0.1';
export const E2E_STATION_PORT = ports.icecast;
export const E2E_STATION_MOUNT = '/live';
export const E2E_STATION_DIR = path.join(REPO_ROOT, `.run/e2e-station${e2eStateSuffix}`);
export const E2E_STATION_STATE_FILE = path.join(
  REPO_ROOT,
  `.run/e2e-station${e2eStateSuffix}.json`,
);

/** The env the site needs to use the e2e station (known before it starts). */
export function stationEnv(port: number = E2E_STATION_PORT, mount = E2E_STATION_MOUNT): StationEnv {
  return {
    STREAM_URL: `http://${E2E_STATION_HOST}:${port}${mount}`,
    ICECAST_STATUS_URL: `http://${E2E_STATION_HOST}:${port}/status-json.xsl`,
    ICECAST_MOUNT: mount,
  };
}
export const E2E_STATION_ENV: StationEnv = stationEnv();

export interface TestStationOptions {
  port?: number;
  mount?: string;
  /** Icecast's folder (config, logs). */
  dir?: string;
  /** Where the handle is written for other processes; null: none (in-process use only). */
  stateFile?: string | null;
  /** Length of each tone track in seconds (default 20). */
  trackSeconds?: number;
  /** Per-track titles at each boundary (default true). */
  autoTitles?: boolean;
  /** The station stops when this process is gone (default: the caller). */
  ownerPid?: number;
  /**
   * Icecast burst-size in bytes (default 262144). Measured here at 128 kbit/s: 64 KiB → 4.5 s
   * click-to-sound; 128 KiB → 0.4 s; 256 KiB → 0.4 s. But after the source stops, Chromium
   * plays on for about the burst's duration before `ended`: 128 KiB → 8.3 s, 256 KiB → 16.6 s.
   * 131072 halves the wait in "source drops → Reconnecting…" tests.
   */
  burstSize?: number;
}

/** The shell command for a Playwright webServer entry running the e2e station. */
export function e2eStationCommand({
  port = E2E_STATION_PORT,
  mount = E2E_STATION_MOUNT,
  dir = E2E_STATION_DIR,
  stateFile = E2E_STATION_STATE_FILE,
  trackSeconds = 20,
  burstSize,
}: Omit<TestStationOptions, 'stateFile' | 'autoTitles' | 'ownerPid'> & {
  stateFile?: string;
} = {}): string {
  const q = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;
  return [
    'node',
    q(path.join(REPO_ROOT, 'scripts/station/demo-station.mjs')),
    `--port ${port}`,
    `--mount ${q(mount)}`,
    `--dir ${q(dir)}`,
    `--state ${q(stateFile)}`,
    `--track-seconds ${trackSeconds}`,
    ...(burstSize ? [`--burst-size ${burstSize}`] : []),
  ].join(' ');
}

/**
 * Start Icecast + the looping source (in this process's ownership) and, unless
 * stateFile is null, write the handle for other processes. Throws if the port is busy or a
 * station recorded in the state file is still running.
 */
export async function startTestStation(options: TestStationOptions = {}): Promise<TestStation> {
  const port = options.port ?? E2E_STATION_PORT;
  const { startStation } = await stationModule();
  return startStation({
    port,
    host: E2E_STATION_HOST,
    mount: options.mount ?? E2E_STATION_MOUNT,
    dir:
      options.dir ?? (port === E2E_STATION_PORT ? E2E_STATION_DIR : `${E2E_STATION_DIR}-${port}`),
    stateFile: options.stateFile === undefined ? E2E_STATION_STATE_FILE : options.stateFile,
    trackSeconds: options.trackSeconds ?? 20,
    autoTitles: options.autoTitles ?? true,
    ownerPid: options.ownerPid ?? process.pid,
    burstSize: options.burstSize,
  });
}

/** Control the station another process started, through its state file. */
export async function connectTestStation(
  stateFile: string = E2E_STATION_STATE_FILE,
): Promise<TestStation> {
  const { connectStation } = await stationModule();
  return connectStation(stateFile);
}

/** Stop whatever station the state file describes (no-op if none); removes the file. */
export async function stopTestStation(
  stateFile: string = E2E_STATION_STATE_FILE,
): Promise<boolean> {
  const { stopStation } = await stationModule();
  return stopStation(stateFile);
}

/**
 * For Playwright's globalSetup: start the e2e station, export its env into process.env
 * (inherited by workers), and return the teardown.
 */
export async function setupE2EStation(
  options: TestStationOptions = {},
): Promise<() => Promise<void>> {
  // (a station left in the state file by a killed run is cleaned up; a live one is an error)
  const station = await startTestStation(options);
  Object.assign(process.env, station.env());
  return () => station.stop();
}
