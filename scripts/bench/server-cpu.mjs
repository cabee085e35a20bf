#!/usr/bin/env node
/**
 * What does one page view cost the server? Against a running `next start`, this loads one page
 * with autocannon (CONNECTIONS at once for DURATION_S seconds) and reads the server's CPU time
 * (user + system, from /proc/<pid>/stat, summed over the process and its children) before and
 * after: CPU ms per request and requests per second. A cached article is a prerendered shell
 * plus the per-request holes (live strip, player dock) and the proxy's CSP nonce, so this is the
 * floor of what a reader costs. A benchmark, not a test: it prints a table.
 *
 *   BASE_URL=http://127.0.0.1:3000 SERVER_PID=1234 node scripts/bench/server-cpu.mjs
 *
 * Optional: PAGES (comma-separated paths; the GMP article), CONNECTIONS (50), DURATION_S (10).
 * SERVER_PID defaults to the process listening on BASE_URL's port (found through /proc).
 * Loopback only. autocannon shares the machine's cores with the server: compare figures from one
 * run, not across machines.
 */
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import os from 'node:os';
import autocannon from 'autocannon';

const baseUrl = new URL(process.env.BASE_URL ?? 'http://127.0.0.1:3000');
const pages = (process.env.PAGES ?? '/news/gmp-welcomes-baroness-casey-recommendations').split(',');
const connections = Number(process.env.CONNECTIONS ?? 50);
const duration = Number(process.env.DURATION_S ?? 10);

if (!['127.0.0.1', 'localhost', '[::1]'].includes(baseUrl.hostname)) {
  throw new Error(`BASE_URL must be loopback, not ${baseUrl.hostname}`);
}
const port = Number(baseUrl.port || 80);
const serverPid = Number(process.env.SERVER_PID) || findListeningPid(port);
if (!serverPid) throw new Error(`No process found listening on port ${port}; set SERVER_PID`);

// Linux reports CPU time in clock ticks; USER_HZ is 100 on every mainstream architecture.
const TICKS_PER_SECOND = 100;

/** utime + stime of a process, in ms (fields 14 and 15 of /proc/<pid>/stat). */
function cpuMsOf(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

function descendantsOf(pid) {
  const children = [];
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const list = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
    for (const child of list ? list.split(' ').map(Number) : []) {
      children.push(child, ...descendantsOf(child));
    }
  }
  return children;
}

function serverCpuMs() {
  return [serverPid, ...descendantsOf(serverPid)].reduce((sum, pid) => {
    try {
      return sum + cpuMsOf(pid);
    } catch {
      return sum; // exited between listing and reading
    }
  }, 0);
}

/** The pid owning a listening socket on `port`, through /proc/net/tcp and /proc/<pid>/fd. */
function findListeningPid(listenPort) {
  const hex = listenPort.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set();
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

async function load(url, seconds) {
  // A generous timeout: on 2 busy cores a queue of 50 can wait longer than the default 10 s.
  return autocannon({ url, connections, duration: seconds, timeout: 30 });
}

console.log(
  `server pid ${serverPid}; ${connections} connections × ${duration} s per page; load average ${os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
console.log('| page | requests/s | CPU ms / request | p50 ms | p99 ms | non-2xx | errors |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const page of pages) {
  const url = new URL(page, baseUrl).href;
  await load(url, 2); // warm-up: first-request compilation and caches out of the figures
  const before = serverCpuMs();
  const result = await load(url, duration);
  const cpuMs = serverCpuMs() - before;
  const perRequest = cpuMs / Math.max(1, result.requests.total);
  console.log(
    `| ${page} | ${result.requests.average.toFixed(0)} | ${perRequest.toFixed(2)} | ${
      result.latency.p50
    } | ${result.latency.p99} | ${result.non2xx} | ${result.errors} |`,
  );
}
