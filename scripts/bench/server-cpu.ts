#!/usr/bin/env node
/**
 * What does one page view cost the server? Loads pages with autocannon (CONNECTIONS at once for
 * DURATION_S seconds) and reads each server's CPU time (user + system from /proc/<pid>/stat,
 * the process and its children) before and after: CPU ms per request and requests per second.
 *
 * With COMPARE_URL (and COMPARE_PID) it measures a second site in the same run, ROUNDS times,
 * the two taken in turn so both see the same machine, and prints both rows and the ratio. The
 * machine is shared and noisy: compare within one run, not across runs. A benchmark, not a test.
 *
 *   BASE_URL=http://127.0.0.1:3000 SERVER_PID=1234 \
 *     COMPARE_URL=http://127.0.0.1:3001 COMPARE_PID=5678 node --import tsx scripts/bench/server-cpu.ts
 *
 * Optional: PAGES (comma-separated; the GMP article and the home page), COMPARE_PAGE (/),
 * CONNECTIONS (50), DURATION_S (10), ROUNDS (3), ACCEPT_ENCODING (none: autocannon asks for
 * no compression; `gzip` measures what `next start` spends compressing for browsers). A PID defaults to the process listening on its
 * URL's port (found through /proc). Loopback only.
 */
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import os from 'node:os';
import autocannon from 'autocannon';

const connections = Number(process.env.CONNECTIONS ?? 50);
const duration = Number(process.env.DURATION_S ?? 10);
const rounds = Number(process.env.ROUNDS ?? 3);
const headers: Record<string, string> = process.env.ACCEPT_ENCODING
  ? { 'accept-encoding': process.env.ACCEPT_ENCODING }
  : {};

/** A server to load: its pages, and the process whose CPU time is read. */
type Target = { name: string; base: URL; pid: number; pages: string[] };
/** What one page's load measured. */
type Figures = {
  rps: number;
  cpuMs: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  bytes: number;
};

function target(name: string, url: string, pid: string | undefined, pages: string[]): Target {
  const base = new URL(url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname)) {
    throw new Error(`${name} must be loopback, not ${base.hostname}`);
  }
  const serverPid = Number(pid) || findListeningPid(Number(base.port || 80));
  if (!serverPid) throw new Error(`No process found listening for ${url}; set its PID`);
  return { name, base, pid: serverPid, pages };
}

const targets = [
  target(
    'site',
    process.env.BASE_URL ?? 'http://127.0.0.1:3000',
    process.env.SERVER_PID,
    (process.env.PAGES ?? '/news/gmp-welcomes-baroness-casey-recommendations,/').split(','),
  ),
];
if (process.env.COMPARE_URL) {
  targets.push(
    target('compare', process.env.COMPARE_URL, process.env.COMPARE_PID, [
      process.env.COMPARE_PAGE ?? '/',
    ]),
  );
}

// Linux reports CPU time in clock ticks; USER_HZ is 100 on every mainstream architecture.
const TICKS_PER_SECOND = 100;

/** utime + stime of a process, in ms (fields 14 and 15 of /proc/<pid>/stat). */
function cpuMsOf(pid: number) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

function descendantsOf(pid: number): number[] {
  const children: number[] = [];
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const list = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
    for (const child of list ? list.split(' ').map(Number) : []) {
      children.push(child, ...descendantsOf(child));
    }
  }
  return children;
}

function serverCpuMs(pid: number) {
  return [pid, ...descendantsOf(pid)].reduce((sum, each) => {
    try {
      return sum + cpuMsOf(each);
    } catch {
      return sum; // exited between listing and reading
    }
  }, 0);
}

/** The pid owning a listening socket on `port`, through /proc/net/tcp and /proc/<pid>/fd. */
function findListeningPid(listenPort: number) {
  const hex = listenPort.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string | undefined>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols[1]?.endsWith(`:${hex}`) && cols[3] === '0A') inodes.add(cols[9]);
    }
  }
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (match && inodes.has(match[1])) return Number(pid);
      }
    } catch {}
  }
  return 0;
}

async function load(url: string, seconds: number) {
  // A generous timeout: on 2 busy cores a queue of 50 can wait longer than the default 10 s.
  return autocannon({ url, connections, duration: seconds, timeout: 30, headers });
}

async function measure({ pid, base }: Target, page: string): Promise<Figures> {
  const url = new URL(page, base).href;
  await load(url, 2); // warm-up: first-request compilation and caches out of the figures
  const before = serverCpuMs(pid);
  const result = await load(url, duration);
  const cpuMs = serverCpuMs(pid) - before;
  return {
    rps: result.requests.average,
    cpuMs: cpuMs / Math.max(1, result.requests.total),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    bytes: result.throughput.total / Math.max(1, result.requests.total),
  };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  console.log(
    `${connections} connections × ${duration} s per page, ${rounds} rounds taken in turn, Accept-Encoding: ${process.env.ACCEPT_ENCODING ?? '(none)'}; load average ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    '| round | server | page | requests/s | CPU ms / request | p50 ms | p99 ms | bytes / response | non-2xx | errors |',
  );
  console.log('|---:|---|---|---:|---:|---:|---:|---:|---:|---:|');
  const results = new Map<string, Figures[]>();
  for (let round = 1; round <= rounds; round++) {
    for (const each of targets) {
      for (const page of each.pages) {
        const figures = await measure(each, page);
        const key = `${each.name} ${page}`;
        results.set(key, [...(results.get(key) ?? []), figures]);
        console.log(
          `| ${round} | ${each.name} (${each.base.host}) | ${page} | ${figures.rps.toFixed(0)} | ${figures.cpuMs.toFixed(2)} | ${figures.p50} | ${figures.p99} | ${figures.bytes.toFixed(0)} | ${figures.non2xx} | ${figures.errors} |`,
        );
      }
    }
  }

  console.log('\nMedians of the rounds:\n');
  console.log('| server | page | requests/s | CPU ms / request | p99 ms |');
  console.log('|---|---|---:|---:|---:|');
  const medians = new Map<string, { rps: number; cpuMs: number; p99: number }>();
  for (const [key, list] of results) {
    const m = {
      rps: median(list.map((r) => r.rps)),
      cpuMs: median(list.map((r) => r.cpuMs)),
      p99: median(list.map((r) => r.p99)),
    };
    medians.set(key, m);
    const [name, page] = key.split(' ');
    console.log(`| ${name} | ${page} | ${m.rps.toFixed(0)} | ${m.cpuMs.toFixed(2)} | ${m.p99} |`);
  }
  const floor = targets[1] && medians.get(`compare ${targets[1].pages[0]}`);
  if (floor) {
    console.log('\nAgainst the comparison page (site ÷ compare):\n');
    console.log('| page | requests/s ratio | CPU per request ratio |');
    console.log('|---|---:|---:|');
    for (const page of targets[0]!.pages) {
      const m = medians.get(`site ${page}`)!;
      console.log(
        `| ${page} | ${(m.rps / floor.rps).toFixed(2)} | ${(m.cpuMs / floor.cpuMs).toFixed(2)} |`,
      );
    }
  }
}

void main();
