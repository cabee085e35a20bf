#!/usr/bin/env node
/**
 * How fast does a now-playing change reach every SSE listener, and what does a listener cost the
 * server? Against a running `next start`, this opens listeners on /api/now-playing/events in
 * steps (100, 500, 1000, 2000 in all), posts CHANGES tracks to the ingest at each step, and times
 * each change from POST to its arrival at the last listener. It also reads the server's VmRSS
 * from /proc to give the memory per listener. A benchmark, not a test: it prints a table.
 *
 *   NOW_PLAYING_TOKEN=… BASE_URL=http://127.0.0.1:3000 node --import tsx scripts/bench/sse-fanout.ts
 *
 * Optional: STEPS (100,500,1000,2000), CHANGES per step (10), SERVER_PID (else found from the
 * port via /proc/net/tcp), DEADLINE_S (180). IPv4 loopback only: listeners connect from
 * 127.1.x.y, 25 to an address, as the channel allows 32 streams per address. Each listener is one
 * socket here and one on the server: the steps are capped to fit this process's open-file limit.
 * The ingest rate limit is 30 a minute per client: each post claims its own X-Forwarded-For so the
 * limit does not pace the benchmark, which a server heeds only with TRUSTED_PROXIES=127.0.0.1 (as
 * `npm run bench` starts it); against a server that does not, keep to 30 changes a minute.
 */
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import http, { type ClientRequest } from 'node:http';

const baseUrl = new URL(process.env.BASE_URL ?? 'http://127.0.0.1:3000');
const token = process.env.NOW_PLAYING_TOKEN;
const steps = (process.env.STEPS ?? '100,500,1000,2000').split(',').map(Number);
const changesPerStep = Number(process.env.CHANGES ?? 10);
const deadline = Date.now() + Number(process.env.DEADLINE_S ?? 180) * 1000;

if (!['127.0.0.1', 'localhost'].includes(baseUrl.hostname)) {
  throw new Error(`BASE_URL must be IPv4 loopback, not ${baseUrl.hostname}`);
}
if (!token) throw new Error('Set NOW_PLAYING_TOKEN to the server’s token');

const port = Number(baseUrl.port || 80);
const serverPid = Number(process.env.SERVER_PID) || findListeningPid(port);
const maxFiles = openFileLimit('self');
const usable = Math.min(maxFiles, serverPid ? openFileLimit(serverPid) : Infinity) - 200;
const plan = steps.filter((step) => step <= usable);
if (plan.length < steps.length) {
  console.warn(`open-file limit ${maxFiles}: skipping steps over ${usable} (raise ulimit -n)`);
}

/** An open event stream: its request, when (performance.now()) each marker came, what is unread. */
type Listener = { socket: ClientRequest; seen: Map<string, number>; buffer: string };
const listeners: Listener[] = [];

/** 25 listeners per source address (127.1.x.y), under the live channel's 32 per address. */
const PER_ADDRESS = 25;

function openListener() {
  const octets = Math.floor(listeners.length / PER_ADDRESS) + 1;
  return new Promise<Listener>((resolve, reject) => {
    const request = http.get(
      {
        host: baseUrl.hostname,
        port,
        path: '/api/now-playing/events',
        headers: { accept: 'text/event-stream' },
        localAddress: `127.1.${octets >> 8}.${octets & 255}`,
        agent: false,
      },
      (response) => {
        if (response.statusCode !== 200)
          return reject(new Error(`events: HTTP ${response.statusCode}`));
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          const at = performance.now();
          listener.buffer += chunk;
          let end: number;
          while ((end = listener.buffer.indexOf('\n\n')) !== -1) {
            const frame = listener.buffer.slice(0, end);
            listener.buffer = listener.buffer.slice(end + 2);
            const marker = /"title":"(bench-[^"]+)"/.exec(frame);
            if (marker) listener.seen.set(marker[1]!, at);
          }
        });
        resolve(listener);
      },
    );
    const listener: Listener = { seen: new Map(), buffer: '', socket: request };
    request.on('error', reject);
    listeners.push(listener);
  });
}

let postCount = 0;
async function postChange(title: string) {
  postCount++;
  const response = await fetch(new URL('/api/now-playing', baseUrl), {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'x-forwarded-for': `198.18.${Math.floor(postCount / 250)}.${postCount % 250}`,
    },
    body: JSON.stringify({ artist: 'SSE Fan-out', title }),
  });
  if (response.status !== 200)
    throw new Error(`ingest: HTTP ${response.status} ${await response.text()}`);
}

async function measureChange(title: string) {
  const sent = performance.now();
  await postChange(title);
  const posted = performance.now() - sent;
  while (listeners.some((listener) => !listener.seen.has(title))) {
    if (performance.now() - sent > 10_000 || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  const delays = listeners.map((listener) => (listener.seen.get(title) ?? NaN) - sent);
  const missed = delays.filter(Number.isNaN).length;
  return { all: Math.max(...delays.filter(Number.isFinite)), delays, missed, posted };
}

async function main() {
  const rows: Record<string, string | number>[] = [];
  let rssBefore = rssKiB(serverPid);
  const rssStart = rssBefore;
  let run = 0;
  for (const target of plan) {
    if (Date.now() > deadline) break;
    const added = target - listeners.length;
    const connectStart = performance.now();
    while (listeners.length < target) {
      const batch = Math.min(200, target - listeners.length);
      await Promise.all(Array.from({ length: batch }, openListener));
    }
    const connectMs = performance.now() - connectStart;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const rssAfter = rssKiB(serverPid);

    const changes: Awaited<ReturnType<typeof measureChange>>[] = [];
    for (let i = 0; i < changesPerStep && Date.now() < deadline; i++) {
      changes.push(await measureChange(`bench-${process.pid}-${++run}`));
    }
    const all = changes.map((change) => change.all).sort((a, b) => a - b);
    const posts = changes.map((change) => change.posted).sort((a, b) => a - b);
    const each = changes
      .flatMap((change) => change.delays.filter(Number.isFinite))
      .sort((a, b) => a - b);
    rows.push({
      listeners: target,
      'connect ms': connectMs.toFixed(0),
      changes: changes.length,
      'POST p50 ms': pct(posts, 50),
      'all p50 ms': pct(all, 50),
      'all p99 ms': pct(all, 99),
      'each p50 ms': pct(each, 50),
      'each p99 ms': pct(each, 99),
      missed: changes.reduce((sum, change) => sum + change.missed, 0),
      'server RSS MiB': rssAfter ? (rssAfter / 1024).toFixed(1) : '?',
      'KiB/listener': rssAfter && rssBefore ? ((rssAfter - rssBefore) / added).toFixed(1) : '?',
    });
    rssBefore = rssKiB(serverPid);
  }

  console.log(`SSE fan-out against ${baseUrl.origin} (server pid ${serverPid || 'unknown'})`);
  console.table(rows);
  if (rssStart && rssBefore) {
    console.log(
      `server RSS ${(rssStart / 1024).toFixed(1)} → ${(rssBefore / 1024).toFixed(1)} MiB`,
    );
  }
  for (const listener of listeners) listener.socket.destroy();
  process.exit(0);
}

function pct(sorted: number[], p: number) {
  if (sorted.length === 0) return '-';
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!.toFixed(1);
}

function rssKiB(pid: number | undefined) {
  if (!pid) return undefined;
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : undefined;
}

function openFileLimit(pid: number | 'self') {
  const match = /Max open files\s+(\d+|unlimited)/.exec(
    readFileSync(`/proc/${pid}/limits`, 'utf8'),
  );
  return !match || match[1] === 'unlimited' ? Infinity : Number(match[1]);
}

/** The pid holding a LISTEN socket on `port`: /proc/net/tcp gives the inode, /proc/<pid>/fd its owner. */
function findListeningPid(listenPort: number) {
  const hexPort = `:${listenPort.toString(16).toUpperCase().padStart(4, '0')}`;
  const inodes = new Set<string | undefined>();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields[1]?.endsWith(hexPort) && fields[3] === '0A') inodes.add(fields[9]);
    }
  }
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        if (inodes.has(target.slice(8, -1)) && target.startsWith('socket:[')) return Number(pid);
      } catch {
        // The process or fd went away while we looked.
      }
    }
  }
  return undefined;
}

void main();
