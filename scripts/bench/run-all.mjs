#!/usr/bin/env node
// `npm run bench`: starts the site as it runs in production (`next start` on a production build)
// with real local servers beside it — an Icecast 2 station fed by ffmpeg and our Open-Meteo
// stand-in, all on 127.0.0.1 — then runs each benchmark against it in turn and prints what
// they measured. Benchmarks, not tests: figures vary with the machine, and nothing here fails a
// build. Bounded in requests and time; talks to 127.0.0.1 only.
import { spawn, spawnSync } from 'node:child_process';
import { createInterface as readLinesOf } from 'node:readline';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
// next.config.ts reads NEXT_DIST_DIR too: a build in another directory is benchmarked as it is.
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const ports = { site: 3610, stub: 4610, icecast: 8610, bare: 3620 };
const readLines = (stream) => readLinesOf({ input: stream });
const token = 'bench-ingest-token';
const children = [];

function start(command, args, env = {}) {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  children.push(child);
  return child;
}

async function waitFor(url, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** The local station (servers/station/cli.ts), until it prints the env lines the site needs. */
async function startStation() {
  const station = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'servers/station/cli.ts',
      '--port',
      String(ports.icecast),
      '--dir',
      '.run/bench-station',
    ],
    { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  children.push(station);
  const env = {};
  for await (const line of readLines(station.stdout)) {
    const [name, value] = line.split('=');
    env[name] = value;
    if (name === 'ICECAST_MOUNT') return env;
  }
  throw new Error('the station did not start');
}

/** scripts/bench/bare-next.mjs, until it prints where it serves. */
async function startBareNext() {
  const bare = spawn(process.execPath, ['scripts/bench/bare-next.mjs', String(ports.bare)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(bare);
  const found = {};
  for await (const line of readLines(bare.stdout)) {
    const [name, value] = line.split('=');
    if (name === 'COMPARE_URL' || name === 'COMPARE_PID') found[name] = value;
    if (found.COMPARE_URL && found.COMPARE_PID) return found;
  }
  throw new Error('the bare Next.js page did not start');
}

function run(script, env) {
  console.log(`\n## ${script}\n`);
  // With tsx: some benchmarks share TypeScript helpers with the tests (servers/redis.ts).
  const result = spawnSync(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  if (result.status !== 0) console.log(`(${script} exited with ${result.status})`);
}

try {
  if (!existsSync(path.join(root, distDir, 'BUILD_ID'))) {
    spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  }
  const station = await startStation();
  start(process.execPath, ['servers/open-meteo-stub.mjs', '--port', String(ports.stub)]);
  const site = start(
    process.execPath,
    ['server.mjs', '-H', '127.0.0.1', '-p', String(ports.site)],
    {
      ...station,
      OPEN_METEO_URL: `http://127.0.0.1:${ports.stub}`,
      NOW_PLAYING_TOKEN: token,
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'bench-data-')),
      // The benchmarks write more than the ingest's 30 a minute per client: each write claims an
      // address of its own in X-Forwarded-For, which the server heeds only behind a trusted hop.
      TRUSTED_PROXIES: '127.0.0.1',
    },
  );
  await waitFor(`http://127.0.0.1:${ports.stub}/__hits`);
  await waitFor(`http://127.0.0.1:${ports.site}/news`);

  const baseUrl = `http://127.0.0.1:${ports.site}`;
  console.log(
    `# Benchmarks — ${new Date().toISOString()}, node ${process.version}, site ${baseUrl}`,
  );
  run('scripts/bench/forecast-burst.mjs', {
    BASE_URL: baseUrl,
    STUB_URL: `http://127.0.0.1:${ports.stub}`,
  });
  run('scripts/bench/sse-fanout.mjs', {
    BASE_URL: baseUrl,
    NOW_PLAYING_TOKEN: token,
    SERVER_PID: String(site.pid),
  });
  // The live channel's capacity at 10,000 listeners, on servers of its own (with a Redis), beside
  // a bare Node SSE server as the floor (docs/performance.md "Live channel capacity").
  // The same changes as open pages in Chromium see them: an alert's banner, a track in the strip.
  run('scripts/bench/push-to-page.mjs', { BASE_URL: baseUrl, NOW_PLAYING_TOKEN: token });
  run('scripts/bench/sse-capacity.mjs', {});
  run('scripts/bench/poller-takeover.mjs', {});
  if (existsSync(path.join(root, 'scripts/bench/click-to-sound.mjs'))) {
    run('scripts/bench/click-to-sound.mjs', { BASE_URL: baseUrl });
  }
  // Page weight and speed last: the SSE listeners above are gone by then. Lighthouse and
  // autocannon want the machine to themselves: `uptime` first, and compare within one run.
  run('scripts/bench/js-weight.mjs', { BASE_URL: baseUrl });
  run('scripts/bench/lighthouse.mjs', { BASE_URL: baseUrl });
  // Server CPU side by side with a second site (COMPARE_URL, COMPARE_PID), by default a bare
  // Next.js page of the same version: the framework's own floor.
  const compare = process.env.COMPARE_URL
    ? { COMPARE_URL: process.env.COMPARE_URL, COMPARE_PID: process.env.COMPARE_PID ?? '' }
    : await startBareNext();
  run('scripts/bench/server-cpu.mjs', {
    BASE_URL: baseUrl,
    SERVER_PID: String(site.pid),
    ...compare,
  });
} finally {
  for (const child of children) child.kill('SIGTERM');
}
