import { defineConfig } from '@playwright/test';
import { icecastPassword, lane, laneDir, ports, siteEnv, workers } from './e2e/support/env';
import { stationEnv } from './servers/station/station';

const lanes = Array.from({ length: workers }, (_, n) => n);

/**
 * End-to-end tests drive Debian's Chromium (browser downloads do not work here) against
 * `next start` on a production build, with real local servers for what the site talks to.
 * `npm run build` must have run first; scripts/test.sh does that.
 *
 * Each worker has a lane of its own, a real Icecast station and a `next start` playing it, so
 * specs may count the station's listeners or drop its source while other workers play theirs.
 * A worker finds its lane by its parallel index (e2e/support/env.ts): this file is evaluated
 * again in every worker, where `baseURL` below names that worker's site.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${ports.site + lane}`,
    // A failed test keeps its trace (DOM snapshots, network, console) and a screenshot. The
    // trace's screencast is left out: it was a third of the suite's CPU time.
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      // Without these Chromium tries to reach Google's services, which this network refuses.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-gpu',
        '--disable-dev-shm-usage',
      ],
    },
  },
  webServer: [
    ...lanes.map((n) => ({
      // No url check: Icecast answers before its source is up; the station prints its env then.
      command: `node --import tsx servers/station/cli.ts --port ${ports.icecast + n} --dir ${laneDir('station', n)}`,
      env: { ICECAST_PASSWORD: icecastPassword },
      wait: { stdout: /ICECAST_MOUNT=/ },
    })),
    {
      command: `node --import tsx servers/open-meteo-stub.ts --port ${ports.openMeteo}`,
      url: `http://127.0.0.1:${ports.openMeteo}/__hits`,
    },
    ...lanes.map((n) => ({
      // Not `npx next start`: killing npx can leave the server behind, holding the port.
      command: `node server.mjs -H 127.0.0.1 -p ${ports.site + n}`,
      url: `http://127.0.0.1:${ports.site + n}/news`,
      env: { ...siteEnv(n), ...stationEnv(ports.icecast + n) },
    })),
  ],
});
