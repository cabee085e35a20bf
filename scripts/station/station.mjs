// A "station" = one local Icecast 2 + one looping source on one mount, with its handle kept
// in a JSON state file so that other processes can control it.
//
// Why a state file: Playwright starts the station once (in a webServer entry running
// demo-station.mjs, or in globalSetup), but the specs that stop/start the source or set a
// title run in worker processes. Everything a worker needs is in the file (mode 0600, it holds
// the Icecast passwords):
//   { version: 1, ownerPid, dir, host, port, mount, streamUrl, statusUrl,
//     icecast: { pid, guardPid, adminUser, adminPassword, sourcePassword },
//     tracks: [{ file, artist, title, seconds }], autoTitles, source: { pid } | null }
// - stopSource() from any process: SIGTERMs the source runner's process group (pid from the
//   file, checked against /proc/<pid>/cmdline), waits until the mount is gone from
//   status-json, writes source: null.
// - startSource() from any process: spawns a new detached source runner from the file's
//   tracks and passwords, waits until the mount is up with the first track's title, writes
//   its pid. The new runner's owner is the station's ownerPid (not the calling worker, which
//   Playwright may recycle), so it still dies with the station.
// - setTitle() pauses the runner's per-track titles (SIGUSR1) so the test's title sticks;
//   resumeTitles() (SIGUSR2) or a source restart brings per-track titles back.
// Workers should not stop/start the source concurrently (run those specs serially); each
// call re-reads the file and writes it atomically.
import fs from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_HOST,
  DEFAULT_MOUNT,
  cmdlineOf,
  getMountStatus,
  isAlive,
  resolveTracks,
  setTitle as icecastSetTitle,
  signalRunner,
  spawnSourceRunner,
  startIcecast,
  stopIcecast,
  stopSourcePid,
  waitForMount,
  waitForTitle,
} from './icecast.mjs';
import { DEFAULT_TRACKS_DIR, REPO_ROOT, makeTracks, trackTitle } from './make-tracks.mjs';

export { REPO_ROOT };
export const DEFAULT_DEMO_DIR = path.join(REPO_ROOT, '.run/station');
export const DEFAULT_DEMO_STATE_FILE = path.join(REPO_ROOT, '.run/station/state.json');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function writeJsonAtomic(file, data) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(data, null, 2) + '\n', { mode: 0o600 });
  fs.renameSync(tmp, file);
}

/** Read a station state file (null if missing or unreadable). */
export function readStationState(stateFile) {
  try {
    const state = JSON.parse(fs.readFileSync(stateFile, 'utf8'));
    return state?.version === 1 ? state : null;
  } catch {
    return null;
  }
}

/** True if the state file describes an Icecast process that is still running. */
export function isStationRunning(state) {
  return Boolean(
    state && isAlive(state.icecast?.pid) && cmdlineOf(state.icecast.pid).includes('icecast2'),
  );
}

function makeStation(initial, stateFile) {
  let memory = initial;
  const load = () => {
    if (!stateFile) return memory;
    const s = readStationState(stateFile);
    if (!s) throw new Error(`station state ${stateFile} is missing: is the station running?`);
    return s;
  };
  const save = (s) => {
    memory = s;
    if (stateFile) writeJsonAtomic(stateFile, s);
  };
  const icecastOf = (s) => ({
    host: s.host,
    port: s.port,
    dir: s.dir,
    pid: s.icecast.pid,
    adminUser: s.icecast.adminUser,
    adminPassword: s.icecast.adminPassword,
    sourcePassword: s.icecast.sourcePassword,
  });
  const runningSourcePid = (s) =>
    s.source && isAlive(s.source.pid) && cmdlineOf(s.source.pid).includes('source-runner.mjs')
      ? s.source.pid
      : null;

  const station = {
    host: initial.host,
    port: initial.port,
    mount: initial.mount,
    streamUrl: initial.streamUrl,
    statusUrl: initial.statusUrl,
    dir: initial.dir,
    stateFile: stateFile ?? null,
    tracks: initial.tracks,
    /** Start-up timings in ms (set by startStation). */
    timings: null,
    /** The per-track titles in play order, "Artist - Title". */
    titles: initial.tracks.map(trackTitle),
    /** Current state (re-read from the state file). */
    state: () => load(),
    /** The env lines the site needs. */
    env: () => ({
      STREAM_URL: initial.streamUrl,
      ICECAST_STATUS_URL: initial.statusUrl,
      ICECAST_MOUNT: initial.mount,
    }),
    /** pid of the running source runner, or null. */
    sourcePid: () => runningSourcePid(load()),
    /** `{ present, title }` of the mount now. */
    status: () => getMountStatus(initial.statusUrl, initial.mount),
    waitForTitle: (expected, timeoutMs = 10000) =>
      waitForTitle(initial.statusUrl, initial.mount, expected, timeoutMs),
    waitForMount: (present = true, timeoutMs = 10000) =>
      waitForMount(initial.statusUrl, initial.mount, present, timeoutMs),

    /**
     * Set the mount's title now ("Artist - Title"); per-track titles are paused until
     * resumeTitles() or the next startSource(). Resolves once status-json shows it.
     */
    async setTitle(title, { timeoutMs = 5000 } = {}) {
      const s = load();
      const pid = runningSourcePid(s);
      if (pid) {
        signalRunner(pid, 'SIGUSR1');
        await sleep(100); // let a boundary update already in flight land first
      }
      await icecastSetTitle(icecastOf(s), s.mount, title);
      await waitForTitle(s.statusUrl, s.mount, title, timeoutMs);
    },
    /** Go back to per-track titles (the current track's title is set at once). */
    async resumeTitles() {
      const pid = runningSourcePid(load());
      if (pid) signalRunner(pid, 'SIGUSR2');
    },

    /** Start the source if it is not running; resolves when the mount is up. */
    async startSource({ timeoutMs = 10000 } = {}) {
      const s = load();
      if (runningSourcePid(s)) return;
      const pid = await spawnSourceRunner({
        icecast: icecastOf(s),
        mount: s.mount,
        tracks: s.tracks,
        loop: true,
        autoTitles: s.autoTitles,
        ownerPid: s.ownerPid,
        timeoutMs,
      });
      save({ ...load(), source: { pid } });
    },
    /** Stop the source; resolves when the mount is gone from status-json. */
    async stopSource({ timeoutMs = 5000 } = {}) {
      const s = load();
      if (s.source?.pid) await stopSourcePid(s.source.pid);
      save({ ...load(), source: null });
      await waitForMount(s.statusUrl, s.mount, false, timeoutMs);
    },
    async restartSource() {
      await station.stopSource();
      await station.startSource();
    },
    /** Stop source, Icecast and guard; remove the state file. */
    async stop() {
      const s = stateFile ? (readStationState(stateFile) ?? memory) : memory;
      await stopStationState(s);
      if (stateFile) fs.rmSync(stateFile, { force: true });
    },
  };
  return station;
}

async function stopStationState(s) {
  if (!s) return false;
  let stopped = false;
  if (s.source?.pid) stopped = (await stopSourcePid(s.source.pid)) || stopped;
  if (s.icecast?.pid) stopped = (await stopIcecast(s.icecast)) || stopped;
  return stopped;
}

/**
 * Start Icecast on host:port in `dir`, make the tone tracks if missing, start the looping
 * source on `mount`. With `stateFile`, the handle is written there for other processes.
 * @param {{ port: number, dir: string, host?: string, mount?: string, trackSeconds?: number,
 *   tracksDir?: string, tracks?: Array<{file: string, artist: string, title: string, seconds?: number}>,
 *   stateFile?: string | null, ownerPid?: number, autoTitles?: boolean, source?: boolean,
 *   burstSize?: number }} options
 */
export async function startStation({
  port,
  dir,
  host = DEFAULT_HOST,
  mount = DEFAULT_MOUNT,
  trackSeconds = 20,
  tracksDir = DEFAULT_TRACKS_DIR,
  tracks,
  stateFile = null,
  ownerPid = process.pid,
  autoTitles = true,
  source = true,
  burstSize,
}) {
  const t0 = Date.now();
  const resolvedTracks = await resolveTracks(
    tracks ?? (await makeTracks({ dir: tracksDir, seconds: trackSeconds })),
  );
  const tracksMs = Date.now() - t0;
  const absState = stateFile ? path.resolve(stateFile) : null;
  if (absState) {
    const old = readStationState(absState);
    if (isStationRunning(old))
      throw new Error(
        `a station is already running (icecast pid ${old.icecast.pid}, ${old.streamUrl}); state ${absState}`,
      );
    await stopStationState(old); // leftovers of a station that died
  }
  const icecast = await startIcecast({ port, dir, host, mounts: [mount], ownerPid, burstSize });
  const state = {
    version: 1,
    ownerPid,
    dir: icecast.dir,
    host,
    port,
    mount,
    streamUrl: `${icecast.baseUrl}${mount}`,
    statusUrl: icecast.statusUrl,
    icecast: {
      pid: icecast.pid,
      guardPid: icecast.guardPid,
      adminUser: icecast.adminUser,
      adminPassword: icecast.adminPassword,
      sourcePassword: icecast.sourcePassword,
    },
    tracks: resolvedTracks,
    autoTitles,
    source: null,
    startedAt: new Date().toISOString(),
  };
  if (absState) writeJsonAtomic(absState, state);
  const station = makeStation(state, absState);
  const t1 = Date.now();
  try {
    if (source) await station.startSource();
  } catch (e) {
    await station.stop();
    throw e;
  }
  station.timings = { tracksMs, icecastMs: icecast.startupMs, sourceMs: Date.now() - t1 };
  return station;
}

/** Control a station started by another process, from its state file. */
export function connectStation(stateFile) {
  const absState = path.resolve(stateFile);
  const state = readStationState(absState);
  if (!state) throw new Error(`no station state at ${absState}: is the station running?`);
  return makeStation(state, absState);
}

/** Stop whatever the state file describes (if anything) and remove the file. */
export async function stopStation(stateFile) {
  const absState = path.resolve(stateFile);
  const stopped = await stopStationState(readStationState(absState));
  fs.rmSync(absState, { force: true });
  return stopped;
}
