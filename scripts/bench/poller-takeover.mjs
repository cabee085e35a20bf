#!/usr/bin/env node
/**
 * How long does a station go unpolled when the instance polling it stops? Two `next start` on a
 * private Redis, both configured to poll a local stand-in for Icecast's status-json.xsl; the one
 * holding the poller lease is stopped, cleanly (SIGTERM: it gives the lease up) and then as a
 * crash (SIGKILL: the lease runs out), ROUNDS times each, and the time until the other says it
 * polls (GET /api/health, asked every 50 ms) is printed. Loopback only; bounded in rounds.
 *   node --import tsx scripts/bench/poller-takeover.mjs      # ROUNDS=3
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startRedisServer } from '../redis/redis-server.ts';

const root = path.resolve(import.meta.dirname, '../..');
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const PORTS = [3670, 3671];
const TOKEN = 'bench-token';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const icecast = http.createServer((_request, response) => {
  response.setHeader('content-type', 'application/json');
  response.end(
    JSON.stringify({ icestats: { source: { listenurl: 'http://x/live', title: 'A - B' } } }),
  );
});
await new Promise((resolve) => icecast.listen(0, '127.0.0.1', resolve));
const statusUrl = `http://127.0.0.1:${icecast.address().port}/status-json.xsl`;
const redis = await startRedisServer({ persist: false });
const instances = new Map();

async function start(port) {
  const child = spawn(process.execPath, ['server.mjs', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root,
    stdio: 'ignore',
    env: {
      ...process.env,
      REDIS_URL: redis.url,
      ICECAST_STATUS_URL: statusUrl,
      NOW_PLAYING_TOKEN: TOKEN,
      OPEN_METEO_URL: 'http://127.0.0.1:9',
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'bench-takeover-')),
    },
  });
  instances.set(port, child);
  for (let i = 0; i < 150; i++) {
    if ((await polling(port).catch(() => null)) !== null) return;
    await sleep(200);
  }
  throw new Error(`next start on ${port} did not answer`);
}

async function polling(port) {
  const response = await fetch(`http://127.0.0.1:${port}/api/health`, {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  return (await response.json()).polling;
}

async function holder() {
  for (;;) {
    for (const port of PORTS) if (await polling(port).catch(() => false)) return port;
    await sleep(50);
  }
}

const rows = [];
try {
  for (const port of PORTS) await start(port);
  for (const signal of ['SIGTERM', 'SIGKILL']) {
    for (let round = 1; round <= ROUNDS; round++) {
      const stopped = await holder();
      const other = PORTS.find((port) => port !== stopped);
      const child = instances.get(stopped);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      const from = performance.now();
      child.kill(signal);
      while (!(await polling(other).catch(() => false))) await sleep(50);
      rows.push({
        stop: signal,
        round,
        'takeover s': ((performance.now() - from) / 1000).toFixed(2),
      });
      await exited;
      await start(stopped);
    }
  }
} finally {
  for (const child of instances.values()) child.kill('SIGKILL');
  icecast.close();
  await redis.stop();
}
console.log('Poller takeover: time from stopping the polling instance until the other polls');
console.table(rows);
