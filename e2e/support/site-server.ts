import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from '@playwright/test';
import { sleep, waitFor } from '../../servers/wait';
import { NOW_PLAYING_TOKEN, OWN_PAGE_CACHE, siteEnv } from './env';

/**
 * A server (server.mjs) of the suite's build that a spec owns alone, for what the shared server cannot
 * show: counts of its own listeners, its files on disk, its log, its shutdown, its settings.
 */
export type SiteServer = Awaited<ReturnType<typeof startSiteServer>>;

type Options = {
  /** The project folder to serve (a scratch copy, say); this checkout by default. */
  cwd?: string;
  /** What is asked, every 50 ms, until the server answers it with a 2xx. */
  probe?: string;
};

export async function startSiteServer(
  port: number,
  env: Record<string, string> = {},
  { cwd = path.resolve(__dirname, '../..'), probe = '/api/on-air' }: Options = {},
) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'site-server-'));
  const child = spawn(process.execPath, ['server.mjs', '-H', '127.0.0.1', '-p', String(port)], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    // The suite's weather stub: a test talks to nothing beyond 127.0.0.1.
    env: {
      ...process.env,
      OPEN_METEO_URL: siteEnv(0).OPEN_METEO_URL,
      NOW_PLAYING_TOKEN,
      DATA_DIR: dataDir,
      // A scratch copy's build is its own: there the pages are kept on disk, as in production.
      ...(cwd === path.resolve(__dirname, '../..') ? OWN_PAGE_CACHE : {}),
      ...env,
    },
  });
  let output = '';
  for (const stream of [child.stdout, child.stderr])
    stream.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const starting = Date.now();
  // The first answer the server gives, whatever it is: the front door must already be there.
  let firstResponse: Response | undefined;
  const answers = async () => {
    const response = await fetch(`${url}${probe}`);
    firstResponse ??= response;
    return response.ok;
  };
  await waitFor(`the site on ${port}`, answers, 60_000).catch((error: Error) => {
    // Not left behind: a fresh-clone run once kept two such servers busy for half an hour.
    child.kill('SIGKILL');
    throw new Error(`${error.message}:\n${output}`);
  });
  extendBudget(Date.now() - starting);
  return {
    url,
    dataDir,
    firstResponse: firstResponse!,
    /** Everything the server printed so far. */
    output: () => output,
    /** SIGTERM, then how long it took to exit (ms). */
    async stop() {
      const started = Date.now();
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(10_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      return Date.now() - started;
    },
    /** SIGKILL: the server dies without a chance to clean up, as in a crash. */
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** GET /api/health with the token: open streams, bus subscribers, the store, whether it polls. */
export async function health(url: string) {
  const response = await fetch(`${url}/api/health`, {
    headers: { authorization: `Bearer ${NOW_PLAYING_TOKEN}` },
  });
  return (await response.json()) as {
    eventStreams: number;
    busSubscribers: number;
    store: 'sqlite' | 'redis';
    redis?: 'up' | 'down';
    polling: boolean;
  };
}

/**
 * The environment for a server whose clock starts at `at` (UTC, "2026-10-19 12:00:00") and runs
 * on from there: libfaketime, from the faketime package that scripts/install-system-deps.sh adds.
 */
export function clockStartingAt(at: string): Record<string, string> {
  return {
    FAKETIME: `@${at}`,
    LD_PRELOAD: '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1',
    FAKETIME_DONT_FAKE_MONOTONIC: '1',
    TZ: 'UTC',
  };
}

/**
 * A server takes 2 s to start on an idle machine and 30 s on a busy one: the test (or hook) that
 * started it gets that time on top of its budget, so only what it checks counts against it.
 */
function extendBudget(ms: number) {
  let info;
  try {
    info = test.info();
  } catch {
    return; // Not inside a test: a global setup or a script.
  }
  if (info.timeout > 0) info.setTimeout(info.timeout + ms);
}
