#!/usr/bin/env node
/**
 * How long does a station go unpolled when the instance polling it stops? Two `next start` on a
 * private Redis, both configured to poll a local stand-in for Icecast's status-json.xsl; the one
 * holding the poller lease is stopped, cleanly (SIGTERM: it gives the lease up) and then as a
 * crash (SIGKILL: the lease runs out), ROUNDS times each, and the time until the other says it
 * polls (GET /api/health, asked every 50 ms) is printed. Loopback only; bounded in rounds.
 *   node --import tsx scripts/bench/poller-takeover.ts      # ROUNDS=3
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startRedisServer, type TestRedis } from '../../servers/redis';

const root = path.resolve(__dirname, '../..');
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const PORTS = [3670, 3671];
const TOKEN = 'bench-token';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const icecast = http.createServer((_request, response) => {
  response.setHeader('content-type', 'application/json');
  response.end(
    JSON.stringify({ icestats: { source: { listenurl: 'http://x/live', title: 'A - B' } } }),
  );
});
// Both set by main() before any instance starts: the stand-in's status URL and the Redis.
let statusUrl: string;
let redis: TestRedis;
const instances = new Map<number, ChildProcess>();

async function start(port: number) {
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

async function polling(port: number) {
  const response = await fetch(`http://127.0.0.1:${port}/api/health`, {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  return ((await response.json()) as { polling: boolean }).polling;
}

async function holder() {
  for (;;) {
    for (const port of PORTS) if (await polling(port).catch(() => false)) return port;
    await sleep(50);
  }
}

type Row = { stop: NodeJS.Signals; round: number; 'takeover s': string };

/** Starts both instances, then stops the one polling, ROUNDS times each way. */
async function takeovers(rows: Row[]) {
  for (const port of PORTS) await start(port);
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    for (let round = 1; round <= ROUNDS; round++) {
      const stopped = await holder();
      const other = PORTS.find((port) => port !== stopped)!;
      const child = instances.get(stopped)!;
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
}

async function main() {
  await new Promise<void>((resolve) => icecast.listen(0, '127.0.0.1', resolve));
  statusUrl = `http://127.0.0.1:${(icecast.address() as AddressInfo).port}/status-json.xsl`;
  redis = await startRedisServer({ persist: false });
  const rows: Row[] = [];
  try {
    await takeovers(rows);
  } finally {
    for (const child of instances.values()) child.kill('SIGKILL');
    icecast.close();
    await redis.stop();
  }
  console.log('Poller takeover: time from stopping the polling instance until the other polls');
  console.table(rows);
}

void main();
