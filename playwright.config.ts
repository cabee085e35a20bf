import { defineConfig } from '@playwright/test';
import { e2eEnv, ports } from './e2e/support/env';
import { E2E_STATION_ENV, e2eStationCommand } from './e2e/support/icecast';

/**
 * Specs that press Listen live on every page. They add listeners to the one shared test station,
 * whose count player.spec.ts asserts, and need its source, which player.spec.ts stops and
 * restarts: they run after the rest (so they do not run if an earlier spec fails). To run one
 * of them alone, without the rest first: `npx playwright test e2e/security.spec.ts --no-deps`.
 */
const LISTENING_SPECS = ['**/accessibility.spec.ts', '**/security.spec.ts'];

/**
 * End-to-end tests drive Debian's Chromium (browser downloads do not work here) against
 * `next start` on a production build, with real local servers for what the site talks to.
 * `npm run build` must have run first; scripts/test.sh does that.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  projects: [
    { name: 'site', testIgnore: LISTENING_SPECS },
    { name: 'while listening', testMatch: LISTENING_SPECS, dependencies: ['site'] },
  ],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${ports.site}`,
    trace: 'retain-on-failure',
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
    {
      // A real Icecast 2 fed by ffmpeg: the stream and the now-playing titles. No url check:
      // Icecast answers before its source is up; the script prints the env once it is.
      command: e2eStationCommand(),
      wait: { stdout: /ICECAST_MOUNT=/ },
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
      stdout: 'pipe',
      reuseExistingServer: false,
    },
    {
      command: `node e2e/support/open-meteo-stub.mjs --port ${ports.openMeteo}`,
      url: `http://127.0.0.1:${ports.openMeteo}/__hits`,
      reuseExistingServer: false,
    },
    {
      // Not `npx next start`: killing npx can leave the server behind, holding the port.
      command: `node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${ports.site}`,
      url: `http://127.0.0.1:${ports.site}/news`,
      env: { ...e2eEnv, ...E2E_STATION_ENV },
      reuseExistingServer: false,
      stdout: 'pipe',
    },
  ],
});
