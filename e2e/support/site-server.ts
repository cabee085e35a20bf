import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from '@playwright/test';
import { ROOT, startSite } from '../../servers/site';
import { NO_RECORDING, NOW_PLAYING_TOKEN, OWN_PAGE_CACHE, siteEnv } from './env';

/**
 * A server (server.mjs) of the suite's build that a spec owns alone, for what the shared server cannot
 * show: counts of its own listeners, its files on disk, its log, its shutdown, its settings.
 */
export type SiteServer = Awaited<ReturnType<typeof startSiteServer>>;

export async function startSiteServer(
  port: number,
  env: Record<string, string> = {},
  { cwd = ROOT, probe }: { cwd?: string; probe?: string } = {},
) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'site-server-'));
  const site = await startSite({
    port,
    cwd,
    ...(probe ? { probe } : {}),
    env: {
      // The suite's weather stub: a test talks to nothing beyond 127.0.0.1.
      OPEN_METEO_URL: siteEnv(0).OPEN_METEO_URL,
      NOW_PLAYING_TOKEN,
      DATA_DIR: dataDir,
      ...NO_RECORDING,
      // A scratch copy's build is its own: there the pages are kept on disk, as in production.
      ...(cwd === ROOT ? OWN_PAGE_CACHE : {}),
      ...env,
    },
  });
  extendBudget(site.startedInMs);
  return { ...site, dataDir };
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
