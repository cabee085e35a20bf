// Control of a local Icecast 2 server and of a source feeding one of its mounts, for tests and
// for the demo station. Everything listens on 127.0.0.1. Facts this relies on are in
// docs/icecast.md (measured on the build machine).
//
//   const icecast = await startIcecast({ port: 8801, dir: '.run/e2e-station' });
//   const source = await startSource({ icecast, mount: '/live', tracks });
//   await setTitle(icecast, '/live', 'Artist - Title');
//   await waitForTitle(icecast.statusUrl, '/live', 'Artist - Title', 5000);
//   await source.stop(); await source.restart(); await icecast.stop();
//
// Processes and orphans
// - icecast2 and the source runner are started detached (their own process groups), so a
//   Ctrl-C in a terminal reaches only the script that owns them, which stops them in order.
// - Each has an owner pid (default: the calling process). The source runner exits by itself
//   when its owner is gone; icecast2 is watched by a tiny guard process (guard.mjs) that stops
//   it when the owner is gone. So nothing outlives its owner by more than ~1 s, even if the
//   owner is SIGKILLed (e.g. by Playwright's webServer teardown). ownerPid: 0 disables this.
// - Pids are only signalled after checking /proc/<pid>/cmdline, so a stale pid (e.g. from a
//   state file) that the kernel has reused for something else is never killed.
//
// The source (option (b) of the brief): ffmpeg plays the tracks back to back with `-re`
// (concat demuxer, stream copy, no re-encoding) into the mount; ffmpeg cannot change ICY
// metadata mid-stream, so the runner (source-runner.mjs) follows ffmpeg's `-progress` output
// and calls Icecast's admin metadata update at each track boundary. See source-runner.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mp3Seconds } from './make-tracks.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const RUNNER = path.join(HERE, 'source-runner.mjs');
const GUARD = path.join(HERE, 'guard.mjs');

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_MOUNT = '/live';
export const ICECAST_BIN = process.env.ICECAST_BIN || 'icecast2';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ───────────────────────────── processes ─────────────────────────────

/** Linux /proc/<pid>/stat fields after the command name: [state, ppid, pgrp, ...]. */
function procStat(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** True if the process exists and is not a zombie. */
export function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    if (e.code !== 'EPERM') return false;
  }
  const stat = procStat(pid);
  if (stat === null) return !fs.existsSync('/proc/self'); // no /proc: trust kill(0)
  return stat[0] !== 'Z' && stat[0] !== 'X';
}

/** The process's command line ('' if gone). */
export function cmdlineOf(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

/** Live (non-zombie) pids whose process group is pgid. */
function groupMembers(pgid) {
  const pids = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = procStat(Number(name));
    if (stat && Number(stat[2]) === pgid && stat[0] !== 'Z' && stat[0] !== 'X')
      pids.push(Number(name));
  }
  return pids;
}

/**
 * Stop a process (or its whole process group): SIGTERM, wait up to timeoutMs, then SIGKILL.
 * With `match`, the process is only signalled if its command line contains that string
 * (guards against pid reuse). Resolves true if something was stopped.
 * @param {number} pid
 * @param {{ match?: string, group?: boolean, timeoutMs?: number }} [options]
 */
export async function stopProcess(pid, { match, group = false, timeoutMs = 3000 } = {}) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  const leaderAlive = isAlive(pid);
  if (leaderAlive && match && !cmdlineOf(pid).includes(match)) return false;
  const alive = () => (group ? groupMembers(pid).length > 0 : isAlive(pid));
  if (!alive()) return false;
  if (!leaderAlive && !group) return false;
  const signal = (sig) => {
    try {
      process.kill(group ? -pid : pid, sig);
    } catch {
      /* already gone */
    }
  };
  signal('SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (alive() && Date.now() < deadline) await sleep(25);
  if (alive()) {
    signal('SIGKILL');
    const killDeadline = Date.now() + 2000;
    while (alive() && Date.now() < killDeadline) await sleep(25);
  }
  return true;
}

/** A free TCP port on 127.0.0.1 (asks the kernel; tiny race until you bind it). */
export function freePort(host = DEFAULT_HOST) {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** True if something accepts TCP connections on host:port. */
export function portInUse(port, host = DEFAULT_HOST) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function startGuard(ownerPid, pid, match) {
  const guard = spawn(
    process.execPath,
    [GUARD, '--owner', String(ownerPid), '--pid', String(pid), '--match', match],
    { detached: true, stdio: 'ignore' },
  );
  guard.unref();
  return guard.pid;
}

function tail(file, max = 1500) {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return text.slice(-max).trim();
  } catch {
    return '';
  }
}

// ───────────────────────────── status JSON ─────────────────────────────

/**
 * Parse Icecast's status-json.xsl output defensively: its XSL writes number- and
 * boolean-looking values unquoted, and some values (e.g. a title of "-") make it invalid JSON.
 * Bare values that are not valid JSON are quoted before a second attempt.
 */
export function parseStatusJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    const repaired = text.replace(
      /("(?:[^"\\]|\\.)*"\s*:\s*)([^"{[\s][^,}\]]*?)(\s*[,}\]])/g,
      (all, key, value, end) => {
        try {
          JSON.parse(value);
          return all;
        } catch {
          return `${key}${JSON.stringify(value)}${end}`;
        }
      },
    );
    return JSON.parse(repaired);
  }
}

/**
 * GET and parse status-json.xsl. Returns `icestats` with `sources` always an array of
 * `{ mount, title, listeners, raw }` (title: string | null, stringified if Icecast made it a
 * number or boolean).
 */
export async function readStatus(statusUrl, { timeoutMs = 2000 } = {}) {
  const res = await fetch(statusUrl, {
    signal: AbortSignal.timeout(timeoutMs),
    headers: { 'cache-control': 'no-cache' },
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${statusUrl}: HTTP ${res.status}`);
  const icestats = parseStatusJson(text)?.icestats;
  if (!icestats || typeof icestats !== 'object') throw new Error(`${statusUrl}: no icestats`);
  const list = icestats.source == null ? [] : [icestats.source].flat();
  const sources = list.map((raw) => {
    let mount = null;
    try {
      mount = new URL(String(raw.listenurl)).pathname;
    } catch {
      /* no listenurl */
    }
    return {
      mount,
      title: raw.title == null ? null : String(raw.title),
      listeners: Number(raw.listeners ?? 0),
      raw,
    };
  });
  return { ...icestats, sources };
}

/** `{ present, title }` of a mount right now. */
export async function getMountStatus(statusUrl, mount = DEFAULT_MOUNT) {
  const status = await readStatus(statusUrl);
  const source = status.sources.find((s) => s.mount === mount);
  return { present: Boolean(source), title: source?.title ?? null };
}

async function pollUntil(what, timeoutMs, check, intervalMs = 50) {
  const started = Date.now();
  let last;
  for (;;) {
    try {
      last = await check();
      if (last.ok) return Date.now() - started;
    } catch (e) {
      if (e?.fatal) throw e;
      last = { ok: false, detail: String(e?.message ?? e) };
    }
    if (Date.now() - started > timeoutMs)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what} (last: ${last?.detail})`,
      );
    await sleep(intervalMs);
  }
}

/**
 * Wait until status-json shows `expected` as the mount's title (a string, or a RegExp tested
 * against it). Resolves with the milliseconds it took.
 * @param {string} statusUrl @param {string} mount @param {string | RegExp} expected
 * @param {number} [timeoutMs=10000]
 */
export function waitForTitle(statusUrl, mount, expected, timeoutMs = 10000) {
  return pollUntil(`title ${JSON.stringify(String(expected))} on ${mount}`, timeoutMs, async () => {
    const { present, title } = await getMountStatus(statusUrl, mount);
    const ok =
      title !== null && (expected instanceof RegExp ? expected.test(title) : title === expected);
    return { ok, detail: present ? `title ${JSON.stringify(title)}` : 'mount absent' };
  });
}

/** Wait until the mount is listed (present=true) or gone (present=false). Resolves with ms. */
export function waitForMount(statusUrl, mount, present = true, timeoutMs = 10000) {
  return pollUntil(`${mount} to be ${present ? 'up' : 'gone'}`, timeoutMs, async () => {
    const s = await getMountStatus(statusUrl, mount);
    return { ok: s.present === present, detail: s.present ? 'mount up' : 'mount absent' };
  });
}

// ───────────────────────────── Icecast server ─────────────────────────────

function xml(s) {
  return String(s).replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c],
  );
}

function lookupId(file, name) {
  try {
    const line = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .find((l) => l.split(':')[0] === name);
    return line ? Number(line.split(':')[2]) : null;
  } catch {
    return null;
  }
}

const ICECAST_USER = 'icecast2';
const ICECAST_GROUP = 'icecast';

export function icecastConfigXml({
  host,
  port,
  mounts,
  sourcePassword,
  adminPassword,
  logDir,
  runAsRoot,
  logLevel,
  burstSize = 262144,
}) {
  const mountXml = mounts
    .map(
      (m) => `  <mount type="normal">
    <mount-name>${xml(m)}</mount-name>
    <charset>UTF-8</charset>
  </mount>`,
    )
    .join('\n');
  return `<icecast>
  <!-- written by scripts/station/icecast.mjs; regenerated on every start -->
  <location>Oldham (local test station)</location>
  <admin>engineering@localhost</admin>
  <hostname>${xml(host)}</hostname>
  <limits>
    <clients>200</clients>
    <sources>16</sources>
    <queue-size>${Math.max(1048576, burstSize * 4)}</queue-size>
    <client-timeout>30</client-timeout>
    <header-timeout>15</header-timeout>
    <source-timeout>10</source-timeout>
    <burst-on-connect>1</burst-on-connect>
    <burst-size>${burstSize}</burst-size>
  </limits>
  <authentication>
    <source-password>${xml(sourcePassword)}</source-password>
    <relay-password>${xml(sourcePassword)}</relay-password>
    <admin-user>admin</admin-user>
    <admin-password>${xml(adminPassword)}</admin-password>
  </authentication>
  <listen-socket>
    <port>${port}</port>
    <bind-address>${xml(host)}</bind-address>
  </listen-socket>
  <http-headers>
    <header name="Access-Control-Allow-Origin" value="*"/>
  </http-headers>
${mountXml}
  <fileserve>1</fileserve>
  <paths>
    <basedir>/usr/share/icecast2</basedir>
    <logdir>${xml(logDir)}</logdir>
    <webroot>/usr/share/icecast2/web</webroot>
    <adminroot>/usr/share/icecast2/admin</adminroot>
    <alias source="/" destination="/status.xsl"/>
  </paths>
  <logging>
    <accesslog>access.log</accesslog>
    <errorlog>error.log</errorlog>
    <loglevel>${logLevel}</loglevel>
    <logsize>10000</logsize>
  </logging>
  <security>
    <chroot>0</chroot>
${
  runAsRoot
    ? `    <changeowner>
      <user>${ICECAST_USER}</user>
      <group>${ICECAST_GROUP}</group>
    </changeowner>
`
    : ''
}  </security>
</icecast>
`;
}

/**
 * Start icecast2 with a config of its own in `dir` and wait until status-json.xsl is valid.
 * @param {{ port: number, dir: string, host?: string, mounts?: string[], ownerPid?: number,
 *   timeoutMs?: number, sourcePassword?: string, adminPassword?: string, logLevel?: number,
 *   burstSize?: number }} options  burstSize: bytes sent at once to a new listener (default
 *   256 KiB ≈ 16 s at 128 kbit/s: fast start, but a player plays that long after a drop)
 */
export async function startIcecast({
  port,
  dir,
  host = DEFAULT_HOST,
  mounts = [DEFAULT_MOUNT],
  ownerPid = process.pid,
  timeoutMs = 10000,
  sourcePassword = randomBytes(12).toString('hex'),
  adminPassword = randomBytes(12).toString('hex'),
  logLevel = 3,
  burstSize = 262144,
}) {
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`bad port ${port}`);
  if (!dir) throw new Error('startIcecast: dir is required');
  const started = Date.now();
  const absDir = path.resolve(dir);
  let logDir = path.join(absDir, 'log');
  fs.mkdirSync(logDir, { recursive: true });
  fs.chmodSync(absDir, 0o755);

  const runAsRoot = process.getuid?.() === 0;
  if (runAsRoot) {
    // icecast2 opens its logs after dropping to user icecast2: the folder must be its own,
    // and every folder above it must be traversable by that user.
    const uid = lookupId('/etc/passwd', ICECAST_USER);
    const gid = lookupId('/etc/group', ICECAST_GROUP);
    if (uid === null || gid === null)
      throw new Error(
        `user ${ICECAST_USER} / group ${ICECAST_GROUP} missing: run scripts/install-system-deps.sh`,
      );
    const giveToIcecast = (folder) => {
      fs.chownSync(folder, uid, gid);
      for (const f of fs.readdirSync(folder)) fs.chownSync(path.join(folder, f), uid, gid);
      return spawnSync('runuser', ['-u', ICECAST_USER, '--', 'test', '-w', folder]).status === 0;
    };
    // A checkout inside a private folder (mktemp -d is 0700) cannot hold the logs: /tmp can.
    if (!giveToIcecast(logDir)) {
      logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'icecast-log-'));
      if (!giveToIcecast(logDir))
        throw new Error(
          `${logDir} is not writable by user ${ICECAST_USER} (is a parent folder private?)`,
        );
    }
  }

  if (await portInUse(port, host)) {
    const err = new Error(`${host}:${port} is already in use`);
    /** @type {any} */ (err).code = 'EADDRINUSE';
    throw err;
  }

  const configFile = path.join(absDir, 'icecast.xml');
  fs.writeFileSync(
    configFile,
    icecastConfigXml({
      host,
      port,
      mounts,
      sourcePassword,
      adminPassword,
      logDir,
      runAsRoot,
      logLevel,
      burstSize,
    }),
    { mode: 0o600 },
  );
  fs.chmodSync(configFile, 0o600);
  const credentials = {
    host,
    port,
    sourceUser: 'source',
    sourcePassword,
    adminUser: 'admin',
    adminPassword,
  };
  fs.writeFileSync(
    path.join(absDir, 'credentials.json'),
    JSON.stringify(credentials, null, 2) + '\n',
    {
      mode: 0o600,
    },
  );
  fs.chmodSync(path.join(absDir, 'credentials.json'), 0o600);

  for (const f of ['error.log', 'access.log']) fs.rmSync(path.join(logDir, f), { force: true });
  const stderrFile = path.join(absDir, 'icecast.stderr.log');
  const out = fs.openSync(stderrFile, 'w');
  const child = spawn(ICECAST_BIN, ['-c', configFile], {
    detached: true,
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  const spawnError = new Promise((_, reject) => child.once('error', reject));
  spawnError.catch(() => {});
  let exited = null;
  child.once('exit', (code, signal) => (exited = { code, signal }));
  child.unref();
  await Promise.race([sleep(20), spawnError]).catch((e) => {
    throw e.code === 'ENOENT'
      ? new Error(`${ICECAST_BIN} not found: run scripts/install-system-deps.sh`)
      : e;
  });
  const pid = /** @type {number} */ (child.pid);
  const guardPid = ownerPid ? startGuard(ownerPid, pid, 'icecast2') : null;

  const baseUrl = `http://${host}:${port}`;
  const statusUrl = `${baseUrl}/status-json.xsl`;
  const handle = {
    host,
    port,
    pid,
    guardPid,
    dir: absDir,
    baseUrl,
    statusUrl,
    mounts,
    adminUser: 'admin',
    adminPassword,
    sourcePassword,
    startupMs: 0,
    /** SIGTERM, up to 3 s, then SIGKILL; also ends the guard. */
    stop: () => stopIcecast(handle),
  };

  try {
    await pollUntil(`Icecast on ${baseUrl}`, timeoutMs, async () => {
      if (exited) {
        throw Object.assign(new Error('exited'), { fatal: true });
      }
      const res = await fetch(statusUrl, { signal: AbortSignal.timeout(1000) });
      const body = parseStatusJson(await res.text());
      return { ok: Boolean(body?.icestats?.server_id), detail: `HTTP ${res.status}` };
    }).catch((e) => {
      if (exited || e.fatal) {
        throw new Error(
          `icecast2 exited (${JSON.stringify(exited)}): ${tail(stderrFile)} ${tail(path.join(logDir, 'error.log'), 800)}`,
        );
      }
      throw e;
    });
  } catch (e) {
    await stopIcecast(handle);
    throw e;
  }
  handle.startupMs = Date.now() - started;
  return handle;
}

/**
 * Stop an Icecast started by startIcecast (works from another process, given the handle's
 * JSON fields `pid` and `guardPid`).
 * @param {{ pid: number, guardPid?: number | null }} icecast
 */
export async function stopIcecast(icecast) {
  const stopped = await stopProcess(icecast.pid, { match: 'icecast2', timeoutMs: 3000 });
  if (icecast.guardPid)
    await stopProcess(icecast.guardPid, { match: 'guard.mjs', timeoutMs: 1000 });
  return stopped;
}

// ───────────────────────────── metadata ─────────────────────────────

/**
 * Set an MP3 mount's title via the admin API (mode=updinfo, song=…, UTF-8). Throws unless
 * Icecast confirms (e.g. when the mount has no source).
 * @param {{ host?: string, port: number, adminUser?: string, adminPassword: string }} icecast
 * @param {string} mount @param {string} song  "Artist - Title"
 */
export async function setTitle(icecast, mount, song) {
  const host = icecast.host ?? DEFAULT_HOST;
  const url =
    `http://${host}:${icecast.port}/admin/metadata?mount=${encodeURIComponent(mount)}` +
    `&mode=updinfo&charset=UTF-8&song=${encodeURIComponent(song)}`;
  const auth = Buffer.from(`${icecast.adminUser ?? 'admin'}:${icecast.adminPassword}`).toString(
    'base64',
  );
  const res = await fetch(url, {
    headers: { authorization: `Basic ${auth}` },
    signal: AbortSignal.timeout(3000),
  });
  const body = await res.text();
  if (!res.ok || !/<return>\s*1\s*<\/return>/.test(body)) {
    const message = /<message>([^<]*)<\/message>/.exec(body)?.[1] ?? body.slice(0, 200);
    throw new Error(`setTitle ${mount}: HTTP ${res.status}: ${message}`);
  }
}

// ───────────────────────────── source ─────────────────────────────

/**
 * Normalize tracks for the runner: absolute paths and exact lengths.
 * @param {Array<{ file: string, artist: string, title: string, seconds?: number }>} tracks
 */
export async function resolveTracks(tracks) {
  if (!Array.isArray(tracks) || tracks.length === 0) throw new Error('startSource: no tracks');
  return Promise.all(
    tracks.map(async (t) => {
      const file = path.resolve(t.file);
      if (!fs.existsSync(file)) throw new Error(`track missing: ${file}`);
      return {
        file,
        artist: String(t.artist),
        title: String(t.title),
        seconds: t.seconds && t.seconds > 0 ? t.seconds : await mp3Seconds(file),
      };
    }),
  );
}

/**
 * Spawn one source runner (detached) and wait until its mount is up (with the first track's
 * title when autoTitles). Returns its pid. Used by startSource and by station.mjs.
 */
export async function spawnSourceRunner({
  icecast,
  mount = DEFAULT_MOUNT,
  tracks,
  loop = true,
  autoTitles = true,
  ownerPid = process.pid,
  logFile,
  timeoutMs = 10000,
}) {
  const resolved = await resolveTracks(tracks);
  const host = icecast.host ?? DEFAULT_HOST;
  const config = {
    host,
    port: icecast.port,
    mount,
    sourcePassword: icecast.sourcePassword,
    adminUser: icecast.adminUser ?? 'admin',
    adminPassword: icecast.adminPassword,
    tracks: resolved,
    loop,
    autoTitles,
    ownerPid,
    icecastPid: icecast.pid ?? null,
  };
  const log =
    logFile ??
    (icecast.dir ? path.join(icecast.dir, `source${mount.replace(/[^\w]+/g, '-')}.log`) : null);
  const out = log ? fs.openSync(log, 'a') : 'ignore';
  const child = spawn(process.execPath, [RUNNER], {
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, STATION_SOURCE_CONFIG: JSON.stringify(config) },
  });
  if (typeof out === 'number') fs.closeSync(out);
  let exited = null;
  child.once('exit', (code, signal) => (exited = { code, signal }));
  child.once('error', (e) => (exited = { error: String(e) }));
  child.unref();
  const pid = /** @type {number} */ (child.pid);
  const statusUrl = `http://${host}:${icecast.port}/status-json.xsl`;
  const firstTitle = `${resolved[0].artist} - ${resolved[0].title}`;
  try {
    await pollUntil(`source on ${mount}`, timeoutMs, async () => {
      if (exited) throw Object.assign(new Error('runner exited'), { fatal: true });
      const s = await getMountStatus(statusUrl, mount);
      const ok = s.present && (!autoTitles || s.title === firstTitle);
      return { ok, detail: s.present ? `title ${JSON.stringify(s.title)}` : 'mount absent' };
    });
  } catch (e) {
    await stopProcess(pid, { match: 'source-runner.mjs', group: true });
    const why = exited ? `source runner exited (${JSON.stringify(exited)})` : e.message;
    throw new Error(`${why}${log ? `: ${tail(log)}` : ''}`);
  }
  return pid;
}

/** Stop a source runner and its ffmpeg (its whole process group). Works cross-process. */
export function stopSourcePid(pid) {
  return stopProcess(pid, { match: 'source-runner.mjs', group: true, timeoutMs: 3000 });
}

/**
 * Feed `mount` from the tracks, looping, with a per-track title ("Artist - Title") that
 * changes at each track boundary. Resolves once the mount is up with the first title.
 * @param {{ icecast: { host?: string, port: number, sourcePassword: string, adminPassword: string,
 *   adminUser?: string, dir?: string, pid?: number }, mount?: string,
 *   tracks: Array<{ file: string, artist: string, title: string, seconds?: number }>,
 *   loop?: boolean, autoTitles?: boolean, ownerPid?: number, logFile?: string, timeoutMs?: number }} options
 */
export async function startSource(options) {
  const tracks = await resolveTracks(options.tracks);
  const opts = { ...options, tracks };
  const source = {
    pid: await spawnSourceRunner(opts),
    mount: opts.mount ?? DEFAULT_MOUNT,
    /** Stop feeding the mount (the mount disappears from status-json). */
    async stop() {
      await stopSourcePid(source.pid);
    },
    /** Stop (if running) and start again from the first track. */
    async restart() {
      await stopSourcePid(source.pid);
      source.pid = await spawnSourceRunner(opts);
    },
    /** Stop setting per-track titles (e.g. while a test sets its own with setTitle). */
    pauseTitles() {
      signalRunner(source.pid, 'SIGUSR1');
    },
    /** Resume per-track titles; the current track's title is set again at once. */
    resumeTitles() {
      signalRunner(source.pid, 'SIGUSR2');
    },
  };
  return source;
}

/** Send a control signal to a runner (SIGUSR1 pause titles, SIGUSR2 resume). */
export function signalRunner(pid, signal) {
  if (!isAlive(pid) || !cmdlineOf(pid).includes('source-runner.mjs'))
    throw new Error(`no source runner with pid ${pid}`);
  process.kill(pid, signal);
}
