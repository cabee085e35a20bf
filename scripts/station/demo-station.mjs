#!/usr/bin/env node
// The demo station: a local Icecast 2 on 127.0.0.1 playing looping tone "tracks" on /live,
// with the title changing at each track (every ~20 s), so the site has a live stream and
// now-playing data with no real station. Stays in the foreground; Ctrl-C / SIGTERM stops
// everything it started.
//
//   node scripts/station/demo-station.mjs [--port 8000] [--dir .run/station] [--mount /live]
//        [--state <dir>/state.json] [--track-seconds 20] [--no-auto-titles] [--no-parent-watch]
//        [--burst-size 262144]
//
// Port: --port, else $DEMO_ICECAST_PORT, else 8000.
// stdout: exactly the env lines the site needs, once the stream is up (dotenv format):
//   STREAM_URL=http://127.0.0.1:8000/live
//   ICECAST_STATUS_URL=http://127.0.0.1:8000/status-json.xsl
//   ICECAST_MOUNT=/live
// stderr: human-readable progress. Exit codes: 0 stopped by a signal, 1 failure,
// 3 port busy / a station is already running there.
// The state file lets other processes control this station (see station.mjs), e.g. the
// Playwright specs through e2e/support/icecast.ts (connectTestStation).
// It stops by itself when its parent process goes away (so a start script that is killed
// leaves nothing behind), unless --no-parent-watch.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cmdlineOf, isAlive, portInUse, readStatus } from './icecast.mjs';
import { DEFAULT_DEMO_DIR, isStationRunning, readStationState, startStation } from './station.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    dir: { type: 'string' },
    mount: { type: 'string', default: '/live' },
    state: { type: 'string' },
    'track-seconds': { type: 'string', default: '20' },
    'no-auto-titles': { type: 'boolean', default: false },
    'no-parent-watch': { type: 'boolean', default: false },
    'burst-size': { type: 'string' },
  },
});

const info = (msg) => process.stderr.write(`[demo-station] ${msg}\n`);
process.stdout.on('error', () => {}); // parent gone: keep going, the parent watch handles it
process.stderr.on('error', () => {});

async function main() {
  const port = Number(values.port ?? process.env.DEMO_ICECAST_PORT ?? 8000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    info(`bad port: ${values.port ?? process.env.DEMO_ICECAST_PORT}`);
    return 1;
  }
  const dir = path.resolve(values.dir ?? DEFAULT_DEMO_DIR);
  const stateFile = path.resolve(values.state ?? path.join(dir, 'state.json'));
  const mount = values.mount.startsWith('/') ? values.mount : `/${values.mount}`;

  const existing = readStationState(stateFile);
  if (isStationRunning(existing)) {
    info(
      `a demo station is already running (icecast pid ${existing.icecast.pid}) at ${existing.streamUrl}`,
    );
    info(`stop it first (kill ${existing.ownerPid}), or use another --port and --dir`);
    return 3;
  }
  if (await portInUse(port)) {
    let what = 'another program';
    try {
      const status = await readStatus(`http://127.0.0.1:${port}/status-json.xsl`);
      if (status.server_id) what = `an Icecast server (${status.server_id}), maybe a demo station`;
    } catch {
      /* not Icecast */
    }
    info(`port 127.0.0.1:${port} is busy: ${what} is listening there`);
    info(`pick another port with --port or DEMO_ICECAST_PORT`);
    return 3;
  }

  const started = Date.now();
  info(`starting Icecast on 127.0.0.1:${port} in ${dir} …`);
  const station = await startStation({
    port,
    dir,
    mount,
    stateFile,
    trackSeconds: Number(values['track-seconds']),
    autoTitles: !values['no-auto-titles'],
    ownerPid: process.pid,
    burstSize: values['burst-size'] ? Number(values['burst-size']) : undefined,
  });
  const t = station.timings;
  info(
    `ready in ${Date.now() - started} ms (tracks ${t.tracksMs} ms, icecast ${t.icecastMs} ms, source ${t.sourceMs} ms)`,
  );
  info(`now playing: ${(await station.status()).title}`);
  info(`tracks: ${station.titles.join(' | ')}`);
  info(`listen: ${station.streamUrl}   status: ${station.statusUrl}   state: ${stateFile}`);
  for (const [k, v] of Object.entries(station.env())) process.stdout.write(`${k}=${v}\n`);

  return new Promise((resolve) => {
    let stopping = false;
    const stop = async (reason, code) => {
      if (stopping) return;
      stopping = true;
      clearInterval(monitor);
      info(`stopping (${reason}) …`);
      try {
        await station.stop();
      } catch (e) {
        info(`while stopping: ${e.message}`);
        code = 1;
      }
      info('stopped');
      resolve(code);
    };
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'])
      process.on(sig, () => (stopping ? process.exit(130) : stop(sig, 0)));
    const parent = process.ppid;
    const monitor = setInterval(() => {
      const s = readStationState(stateFile) ?? station.state();
      if (!isAlive(s.icecast.pid) || !cmdlineOf(s.icecast.pid).includes('icecast2'))
        stop('icecast2 died', 1);
      else if (!values['no-parent-watch'] && process.ppid !== parent)
        stop(`parent ${parent} is gone`, 0);
    }, 1000);
  });
}

main().then(
  (code) => process.exit(code),
  (e) => {
    info(`failed: ${e.message}`);
    process.exit(1);
  },
);
