#!/usr/bin/env node
// Self-check of the station harness against the real icecast2, ffmpeg and Chromium:
//   1. Icecast on a free port; source on /live; track 1's title in status-json
//   2. titles change at track boundaries (6-second tracks here)
//   3. title set through the admin API (UTF-8, and awkward titles like "-" and "1999")
//   4. the stream really plays in headless Chromium (click-to-sound over 5 listeners,
//      non-silent samples through Web Audio, real-time rate)
//   5. stop the source → mount gone; restart → title back
//   6. the same from another process through a station state file (as Playwright workers do)
//   7. everything stopped, no process left
// Prints timings; exit code 0 if all passed, 1 otherwise.
//   node scripts/station/self-check.mjs [--runs 5] [--keep]   (--keep: keep the temp folders)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  freePort,
  getMountStatus,
  isAlive,
  setTitle,
  startIcecast,
  startSource,
  waitForMount,
  waitForTitle,
} from './icecast.mjs';
import { makeTracks, trackTitle } from './make-tracks.mjs';
import { measureClickToSound } from './measure-start.mjs';
import { startStation } from './station.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, keep: { type: 'boolean', default: false } },
});

const results = [];
const timings = {};
const pids = new Set();
let failed = false;

const ms = (n) => `${Math.round(n)} ms`;
function check(name, ok, detail = '') {
  results.push({ name, ok });
  if (!ok) failed = true;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
}
async function step(name, fn) {
  const t = Date.now();
  try {
    const detail = await fn();
    timings[name] = Date.now() - t;
    check(name, true, [ms(timings[name]), detail].filter(Boolean).join(', '));
  } catch (e) {
    timings[name] = Date.now() - t;
    check(name, false, e?.message ?? String(e));
  }
}

const tempDirs = [];
function tempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

async function main() {
  const started = Date.now();
  let tracks = [];
  await step('make 6-second tracks (cached)', async () => {
    tracks = await makeTracks({ seconds: 6 });
    return `${tracks.length} tracks`;
  });
  const titles = tracks.map(trackTitle);

  let icecast = null;
  let source = null;
  try {
    await step('start Icecast on a free port', async () => {
      icecast = await startIcecast({ port: await freePort(), dir: tempDir('station-check-') });
      pids.add(icecast.pid);
      if (icecast.guardPid) pids.add(icecast.guardPid);
      return `127.0.0.1:${icecast.port}, status JSON valid after ${ms(icecast.startupMs)}`;
    });
    if (!icecast) throw new Error('no Icecast');
    const { statusUrl } = icecast;

    let streamStart = 0;
    await step('start source → track 1 title in status-json', async () => {
      source = await startSource({ icecast, mount: '/live', tracks });
      streamStart = Date.now();
      pids.add(source.pid);
      const s = await getMountStatus(statusUrl, '/live');
      if (s.title !== titles[0]) throw new Error(`title ${JSON.stringify(s.title)}`);
      return JSON.stringify(s.title);
    });

    await step('titles change at track boundaries', async () => {
      const seen = [];
      for (const i of [1, 2]) {
        await waitForTitle(statusUrl, '/live', titles[i], 10000);
        seen.push(Date.now());
      }
      const interval = seen[1] - seen[0];
      const expected = tracks[1].seconds * 1000;
      timings['boundary interval error'] = interval - expected;
      if (Math.abs(interval - expected) > 600)
        throw new Error(`interval ${ms(interval)}, expected ${ms(expected)}`);
      return `track 2 → 3 after ${ms(interval)} (track ${ms(expected)}); track 2 seen ${ms(seen[0] - streamStart)} after the source was up`;
    });

    await step('admin title update (UTF-8) visible in status-json', async () => {
      source.pauseTitles();
      const title = 'Café Niño – Ünïcödé “Test” & <Co>';
      const t = Date.now();
      await setTitle(icecast, '/live', title);
      const visible = await waitForTitle(statusUrl, '/live', title, 5000);
      timings['title change latency'] = Date.now() - t;
      return `visible after ${ms(Date.now() - t)} (poll every 50 ms; ${ms(visible)} polling)`;
    });

    await step('awkward titles survive status-json ("-", "1999", "true")', async () => {
      for (const title of ['-', '1999', 'true']) {
        await setTitle(icecast, '/live', title);
        await waitForTitle(statusUrl, '/live', title, 5000);
      }
    });

    await step('per-track titles resume', async () => {
      source.resumeTitles();
      await waitForTitle(statusUrl, '/live', new RegExp(titles.map(escapeRe).join('|')), 3000);
      return (await getMountStatus(statusUrl, '/live')).title;
    });

    await step(`stream plays in headless Chromium (${values.runs} listeners)`, async () => {
      const r = await measureClickToSound({
        streamUrl: `${icecast.baseUrl}/live`,
        runs: Number(values.runs),
      });
      timings['click-to-sound median (playing)'] = r.medianPlayingMs;
      timings['click-to-sound median (currentTime>0)'] = r.medianAdvancingMs;
      if (!(r.minRms > 0.01)) throw new Error(`silent audio (rms ${r.minRms})`);
      if (!(r.medianRate > 0.8 && r.medianRate < 1.5))
        throw new Error(`plays at ${r.medianRate}× real time`);
      return `click-to-sound median: playing ${ms(r.medianPlayingMs)}, currentTime>0 ${ms(r.medianAdvancingMs)} (runs: ${r.runs.map((x) => Math.round(x.advancingMs)).join(', ')} ms); rms ≥ ${r.minRms.toFixed(3)}; rate ${r.medianRate.toFixed(2)}×`;
    });

    await step('stop source → mount gone from status-json', async () => {
      const t = Date.now();
      await source.stop();
      await waitForMount(statusUrl, '/live', false, 5000);
      if (isAlive(source.pid)) throw new Error('runner still alive');
      return `gone ${ms(Date.now() - t)} after stop()`;
    });

    await step('restart source → track 1 title back', async () => {
      await source.restart();
      pids.add(source.pid);
      const s = await getMountStatus(statusUrl, '/live');
      if (s.title !== titles[0]) throw new Error(`title ${JSON.stringify(s.title)}`);
      return JSON.stringify(s.title);
    });

    await step('stop source and Icecast', async () => {
      await source.stop();
      await icecast.stop();
      source = null;
      icecast = null;
    });
  } finally {
    await source?.stop().catch(() => {});
    await icecast?.stop().catch(() => {});
  }

  // cross-process control, as Playwright workers do it
  let station = null;
  try {
    const stateFile = path.join(tempDir('station-state-'), 'station.json');
    await step('start station with a state file', async () => {
      station = await startStation({
        port: await freePort(),
        dir: tempDir('station-check2-'),
        trackSeconds: 6,
        stateFile,
      });
      const st = station.state();
      pids.add(st.icecast.pid);
      if (st.icecast.guardPid) pids.add(st.icecast.guardPid);
      if (st.source) pids.add(st.source.pid);
      const mode = (fs.statSync(stateFile).mode & 0o777).toString(8);
      if (mode !== '600') throw new Error(`state file mode ${mode}`);
      return `icecast ${ms(station.timings.icecastMs)}, source ${ms(station.timings.sourceMs)}`;
    });
    const other = (code) => {
      const r = spawnSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import { connectStation } from ${JSON.stringify(path.join(HERE, 'station.mjs'))};
           const s = connectStation(${JSON.stringify(stateFile)}); ${code}`,
        ],
        { encoding: 'utf8', timeout: 20000 },
      );
      if (r.status !== 0) throw new Error(`other process: ${r.stderr || r.error}`);
      return r.stdout.trim();
    };
    await step('another process: setTitle sticks over a track boundary', async () => {
      other(`await s.setTitle('Other Process - Hold Me');`);
      await new Promise((r) => setTimeout(r, tracks[0].seconds * 1000 + 500));
      const t = (await station.status()).title;
      if (t !== 'Other Process - Hold Me') throw new Error(`title became ${JSON.stringify(t)}`);
      other(`await s.resumeTitles();`);
      await station.waitForTitle(new RegExp(titles.map(escapeRe).join('|')), 3000);
    });
    await step('another process: stopSource → mount gone', async () => {
      other(`await s.stopSource();`);
      if ((await station.status()).present) throw new Error('mount still up');
    });
    await step('another process: startSource → track 1 back', async () => {
      other(`await s.startSource(); console.log(s.sourcePid());`);
      pids.add(station.sourcePid());
      const t = (await station.status()).title;
      if (t !== titles[0]) throw new Error(`title ${JSON.stringify(t)}`);
    });
    await step('stop station', async () => {
      await station.stop();
      station = null;
      if (fs.existsSync(stateFile)) throw new Error('state file left behind');
    });
  } finally {
    await station?.stop().catch(() => {});
  }

  await new Promise((r) => setTimeout(r, 500)); // guards poll every 300 ms
  const left = [...pids].filter((p) => isAlive(p));
  check('no process left behind', left.length === 0, left.length ? `alive: ${left}` : '');

  if (!values.keep) for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
  console.log('\ntimings (ms):');
  for (const [k, v] of Object.entries(timings)) console.log(`  ${k}: ${Math.round(v)}`);
  console.log(
    `\n${failed ? 'FAILED' : 'PASSED'}: ${results.filter((r) => r.ok).length}/${results.length} checks in ${ms(Date.now() - started)}`,
  );
  return failed ? 1 : 0;
}

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
