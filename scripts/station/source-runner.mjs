// One Icecast source: ffmpeg plays the tracks back to back in real time (-re, concat demuxer,
// stream copy) into the mount, and this process sets the mount's title ("Artist - Title") at
// every track boundary through Icecast's admin metadata API.
//
// Started detached by icecast.mjs (spawnSourceRunner) with its configuration in the
// STATION_SOURCE_CONFIG environment variable (JSON: host, port, mount, sourcePassword,
// adminUser, adminPassword, tracks [{file, artist, title, seconds}], loop, autoTitles,
// ownerPid, icecastPid?). It is the leader of its own process group, with ffmpeg inside it:
// stop it with SIGTERM to the group (stopSourcePid). Signals:
//   SIGTERM / SIGINT  stop ffmpeg and exit (the mount disappears)
//   SIGUSR1           stop setting per-track titles (a test sets its own)
//   SIGUSR2           set per-track titles again (the current track's title at once)
// It exits by itself when its owner process (or the Icecast it feeds) is gone.
//
// How the boundaries are found: ffmpeg reports its output position (`-progress pipe:1`,
// every 0.2 s). The concat demuxer lays the files out back to back by their exact frame
// count (checked: 3 loops of 3 files come out at exactly the sum of the packet durations),
// so position modulo the loop length names the current track. A 24-hour playlist is written
// (the concat demuxer cannot -stream_loop); when it ends, ffmpeg is started again.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isAlive, setTitle } from './icecast.mjs';

const config = JSON.parse(process.env.STATION_SOURCE_CONFIG ?? 'null');
delete process.env.STATION_SOURCE_CONFIG;
if (!config) {
  console.error('source-runner: STATION_SOURCE_CONFIG missing');
  process.exit(2);
}
const { host, port, mount, sourcePassword, tracks, loop, ownerPid, icecastPid } = config;
const icecast = {
  host,
  port,
  adminUser: config.adminUser,
  adminPassword: config.adminPassword,
};
const titles = tracks.map((t) => `${t.artist} - ${t.title}`);
const starts = [];
let loopSeconds = 0;
for (const t of tracks) {
  starts.push(loopSeconds);
  loopSeconds += t.seconds;
}

const log = (msg) => console.log(`${new Date().toISOString()} [source ${mount}] ${msg}`);

// ── playlist ──
const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'station-source-'));
const listFile = path.join(tmpDir, 'playlist.ffconcat');
const repetitions = loop ? Math.max(1, Math.ceil((24 * 3600) / loopSeconds)) : 1;
{
  const once = tracks.map((t) => `file '${t.file.replaceAll("'", "'\\''")}'\n`).join('');
  fs.writeFileSync(listFile, 'ffconcat version 1.0\n' + once.repeat(repetitions));
}

// ── titles ──
let paused = config.autoTitles === false;
let desired = null;
let applied = null;
let inflight = false;
let failures = 0;

async function reconcile() {
  if (paused || inflight || desired === null || desired === applied || stopping) return;
  inflight = true;
  const want = desired;
  try {
    await setTitle(icecast, mount, want);
    if (!paused && !stopping) {
      applied = want;
      log(`title: ${want}`);
    }
    failures = 0;
  } catch (e) {
    if (failures++ % 25 === 0) log(`could not set title yet: ${e.message}`);
  } finally {
    inflight = false;
  }
  if (!paused && desired !== applied) setTimeout(reconcile, 100);
}

function onPosition(seconds) {
  const pos = ((seconds % loopSeconds) + loopSeconds) % loopSeconds;
  let i = starts.length - 1;
  while (i > 0 && starts[i] > pos + 1e-6) i--;
  desired = titles[i];
  reconcile();
}

process.on('SIGUSR1', () => {
  paused = true;
  log('per-track titles paused');
});
process.on('SIGUSR2', () => {
  paused = false;
  applied = null;
  log('per-track titles resumed');
  reconcile();
});

// ── ffmpeg ──
let ffmpeg = null;
let stopping = false;
let backoffMs = 500;

function startFfmpeg() {
  applied = null;
  desired = null;
  const startedAt = Date.now();
  const url = `icecast://source:${encodeURIComponent(sourcePassword)}@${host}:${port}${mount}`;
  const args = [
    '-hide_banner',
    '-nostdin',
    '-loglevel',
    'warning',
    '-re',
    '-f',
    'concat',
    '-safe',
    '0',
    '-i',
    listFile,
    '-map',
    '0:a:0',
    '-c:a',
    'copy',
    '-map_metadata',
    '-1',
    '-id3v2_version',
    '0',
    '-write_xing',
    '0',
    '-content_type',
    'audio/mpeg',
    '-ice_name',
    'Oldham Community Radio (local test station)',
    '-ice_description',
    'Test tones for development and tests',
    '-ice_genre',
    'Community',
    '-ice_public',
    '0',
    '-progress',
    'pipe:1',
    '-stats_period',
    '0.2',
    '-f',
    'mp3',
    url,
  ];
  const child = spawn('ffmpeg', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  ffmpeg = child;
  let buffered = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    buffered += chunk;
    let nl;
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl).trim();
      buffered = buffered.slice(nl + 1);
      const m = /^out_time_(?:us|ms)=(\d+)$/.exec(line);
      if (m) onPosition(Number(m[1]) / 1e6);
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => process.stdout.write(`[ffmpeg] ${chunk}`));
  child.on('error', (e) => log(`ffmpeg: ${e.message}`));
  child.on('exit', (code, signal) => {
    ffmpeg = null;
    if (stopping) return;
    log(`ffmpeg exited (code ${code}, signal ${signal})`);
    if (!loop && code === 0) return shutdown('playlist finished', 0);
    if (Date.now() - startedAt > 10000) backoffMs = 500;
    setTimeout(() => stopping || startFfmpeg(), backoffMs);
    backoffMs = Math.min(backoffMs * 2, 5000);
  });
  log(
    `ffmpeg started (pid ${child.pid}), ${tracks.length} tracks, loop ${loopSeconds.toFixed(3)} s`,
  );
}

async function shutdown(reason, code = 0) {
  if (stopping) return;
  stopping = true;
  log(`stopping: ${reason}`);
  clearInterval(watchdog);
  const child = ffmpeg;
  if (child) {
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
    await gone;
    clearTimeout(timer);
  }
  fs.rmSync(tmpDir, { recursive: true, force: true });
  process.exit(code);
}

process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGHUP', () => shutdown('SIGHUP'));

const watchdog = setInterval(() => {
  if (ownerPid && !isAlive(ownerPid)) shutdown(`owner ${ownerPid} is gone`);
  else if (icecastPid && !isAlive(icecastPid)) shutdown(`icecast ${icecastPid} is gone`);
}, 500);

startFfmpeg();
