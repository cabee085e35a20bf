#!/usr/bin/env node
/**
 * How many live-channel listeners can a server hold, and how fast does a change reach them?
 * In one run, against a production build, with a private Redis (REDIS_URL) on 127.0.0.1:
 *   floor       a bare Node `http` SSE server (servers/bare-sse-server.ts), N listeners
 *   route 1×N   one `next start`, N listeners on the route handler (app/api/now-playing/events)
 *   route 2×N/2 two `next start` on one Redis, N/2 listeners each, the change posted to the first
 *   live 1×N    one `next start` with LIVE_PORT: N listeners on the plain Node endpoint beside it
 *   live 2×N/2  two of those on one Redis
 *   site 1×N    one server.mjs (`npm start`), SQLite, N listeners on the site's own port, where
 *               the front door hands the path to the plain Node endpoint
 * For each: the time from posting a change until 99 % (and all) of the listeners have it, over
 * CHANGES changes, and the server memory per listener (VmRSS after connecting, less before,
 * over the listeners it holds). Listeners are raw sockets from 127.1.x.y source addresses, at
 * most 25 per address (the site caps one address at 32 streams). A benchmark, not a test: it
 * prints a table. Bounded in connections, changes and time; talks to 127.0.0.1 only.
 *
 *   node --import tsx scripts/bench/sse-capacity.ts            # N=10000 (needs `ulimit -n` ≥ N + 1000)
 *   LISTENERS=2000 CHANGES=5 CONFIGS=floor,route-1 node --import tsx scripts/bench/sse-capacity.ts
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startRedisServer } from '../../servers/redis';

const root = path.resolve(__dirname, '../..');
const N = Number(process.env.LISTENERS ?? 10_000);
const CHANGES = Number(process.env.CHANGES ?? 5);
const CONFIGS = (process.env.CONFIGS ?? 'floor,route-1,route-2,live-1,live-2,site-1').split(',');
const BASE_PORT = Number(process.env.BENCH_PORT ?? 3650);
const TOKEN = 'bench-ingest-token';
const PER_ADDRESS = 25;
const children = new Set<ChildProcess>();

const limit = openFileLimit();
if (limit < N + 1000) {
  console.error(
    `open-file limit ${limit} is too low for ${N} listeners: run \`ulimit -n ${N + 2000}\``,
  );
  process.exit(2);
}
if (!existsSync(path.join(root, '.next/BUILD_ID'))) {
  spawnSync('npx', ['next', 'build'], { cwd: root, stdio: 'inherit' });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function spawnServer(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

async function waitFor(url: string) {
  for (const until = Date.now() + 30_000; Date.now() < until; await sleep(200)) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {}
  }
  throw new Error(`${url} did not answer`);
}

/** A server listeners connect to: its process, and the port and path of its event stream. */
type Server = { pid: number; port: number; path: string };
/** The servers of one configuration, and how a change is posted to them. */
type Config = { servers: Server[]; post: (marker: string) => Promise<unknown> };

/** The servers of one configuration: where listeners connect, where changes are posted. */
async function startConfig(name: string, redisUrl: string): Promise<Config> {
  if (name === 'floor') {
    const child = spawnServer(['--import', 'tsx', 'servers/bare-sse-server.ts', String(BASE_PORT)]);
    await sleep(300);
    const url = `http://127.0.0.1:${BASE_PORT}`;
    return {
      servers: [{ pid: child.pid!, port: BASE_PORT, path: '/events' }],
      post: (marker: string) =>
        fetch(`${url}/publish`, { method: 'POST', body: JSON.stringify({ marker }) }),
    };
  }
  const [kind, count] = name.split('-');
  const servers: Server[] = [];
  for (let i = 0; i < Number(count); i++) {
    const port = BASE_PORT + 1 + i * 2;
    const livePort = kind === 'live' ? port + 1 : undefined;
    const server = kind === 'site' ? ['server.mjs'] : ['node_modules/next/dist/bin/next', 'start'];
    const child = spawnServer([...server, '-H', '127.0.0.1', '-p', String(port)], {
      ...(kind === 'site' ? {} : { REDIS_URL: redisUrl }),
      NOW_PLAYING_TOKEN: TOKEN,
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'bench-sse-')),
      OPEN_METEO_URL: 'http://127.0.0.1:9', // nothing there: the forecast is not measured here
      ...(livePort ? { LIVE_PORT: String(livePort) } : {}),
    });
    await waitFor(`http://127.0.0.1:${port}/api/on-air`);
    servers.push({
      pid: child.pid!,
      port: livePort ?? port,
      path: '/api/now-playing/events',
    });
  }
  const first = `http://127.0.0.1:${BASE_PORT + 1}`;
  let posted = 0;
  return {
    servers,
    post: async (marker: string) => {
      // Each post from an address of its own, so the ingest's rate limit does not pace the run.
      posted++;
      const response = await fetch(`${first}/api/now-playing`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ artist: 'Bench', title: marker }),
      });
      if (response.status !== 200) throw new Error(`ingest ${posted}: HTTP ${response.status}`);
    },
  };
}

/** The change being timed: its marker, its number, and when (performance.now()) each listener had it. */
let change: { marker: Buffer; index: number; arrivals: number[] } = {
  marker: Buffer.alloc(0),
  index: -1,
  arrivals: [],
};

function connect(server: Server, index: number): Promise<net.Socket> {
  const octets = Math.floor(index / PER_ADDRESS) + 1;
  const localAddress = `127.1.${octets >> 8}.${octets & 255}`;
  return new Promise((resolve, reject) => {
    const listener = { ready: false, seen: -1, tail: Buffer.alloc(0) };
    const socket = net.connect({ host: '127.0.0.1', port: server.port, localAddress }, () => {
      socket.write(
        `GET ${server.path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n`,
      );
    });
    socket.on('data', (chunk) => {
      const at = performance.now();
      if (!listener.ready) {
        listener.ready = true;
        if (!chunk.subarray(0, 16).toString().startsWith('HTTP/1.1 200')) {
          reject(new Error(`listener ${index}: ${chunk.toString().split('\r\n')[0]}`));
        } else resolve(socket);
      }
      if (listener.seen !== change.index) {
        const text = listener.tail.length ? Buffer.concat([listener.tail, chunk]) : chunk;
        if (text.includes(change.marker)) {
          listener.seen = change.index;
          change.arrivals.push(at);
        }
      }
      listener.tail = chunk.subarray(-48);
    });
    socket.on('error', reject);
  });
}

async function measure(name: string, redisUrl: string) {
  const config = await startConfig(name, redisUrl);
  await sleep(2_000);
  const before = config.servers.map((server) => rssKiB(server.pid));
  const sockets: net.Socket[] = [];
  const started = performance.now();
  for (let i = 0; i < N; i += 250) {
    const batch = [];
    for (let j = i; j < Math.min(N, i + 250); j++) {
      const server = config.servers[j % config.servers.length]!;
      batch.push(connect(server, j));
    }
    sockets.push(...(await Promise.all(batch)));
  }
  const connectS = (performance.now() - started) / 1000;
  await sleep(3_000);
  const after = config.servers.map((server) => rssKiB(server.pid));
  const perListener = config.servers.map(
    (_, i) => (after[i]! - before[i]!) / (N / config.servers.length),
  );

  const to99: number[] = [];
  const toAll: number[] = [];
  let missed = 0;
  for (let c = 0; c < CHANGES; c++) {
    const marker = `bench-${process.pid}-${name}-${c}`;
    change = { marker: Buffer.from(marker), index: c, arrivals: [] };
    const sent = performance.now();
    await config.post(marker);
    while (change.arrivals.length < N && performance.now() - sent < 10_000) await sleep(5);
    const times = change.arrivals.map((at) => at - sent).sort((a, b) => a - b);
    missed += N - times.length;
    to99.push(times[Math.ceil(0.99 * N) - 1] ?? Infinity);
    toAll.push(times.length === N ? times[N - 1]! : Infinity);
    await sleep(1_000);
  }
  for (const socket of sockets) socket.destroy();
  for (const child of [...children]) child.kill('SIGTERM');
  await sleep(1_500);
  for (const child of [...children]) child.kill('SIGKILL');
  return {
    configuration: name,
    listeners: N,
    'connect s': connectS.toFixed(1),
    'change→99 % ms (median)': median(to99).toFixed(0),
    'change→99 % ms (worst)': Math.max(...to99).toFixed(0),
    'change→all ms (median)': median(toAll).toFixed(0),
    missed,
    'server RSS MiB': after.map((kib) => (kib / 1024).toFixed(0)).join(' + '),
    'KiB/listener': perListener.map((kib) => kib.toFixed(1)).join(', '),
  };
}

type Row = Awaited<ReturnType<typeof measure>>;

async function main() {
  const redis = await startRedisServer({ persist: false });
  const rows: Row[] = [];
  try {
    console.log(`# SSE capacity — ${new Date().toISOString()}, node ${process.version}, N=${N}`);
    for (const name of CONFIGS) {
      const row = await measure(name, redis.url);
      console.log(JSON.stringify(row));
      rows.push(row);
    }
  } finally {
    for (const child of children) child.kill('SIGKILL');
    await redis.stop();
  }
  console.table(rows);
  const floor = rows.find((row) => row.configuration === 'floor');
  if (floor) {
    const floorKiB = Number(floor['KiB/listener']);
    for (const row of rows) {
      const worst = Math.max(...row['KiB/listener'].split(', ').map(Number));
      console.log(
        `${row.configuration}: ${(worst / floorKiB).toFixed(1)}× the floor's memory per listener, ` +
          `change→99 % ${row['change→99 % ms (median)']} ms`,
      );
    }
  }
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function rssKiB(pid: number) {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : NaN;
}

function openFileLimit() {
  const match = /Max open files\s+(\d+|unlimited)/.exec(readFileSync('/proc/self/limits', 'utf8'));
  return !match || match[1] === 'unlimited' ? Infinity : Number(match[1]);
}

void main();
