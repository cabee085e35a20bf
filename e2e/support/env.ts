import { randomBytes } from 'node:crypto';
import path from 'node:path';

/**
 * Loopback ports of the suite's servers. E2E_PORT_OFFSET moves them all, so a second checkout
 * can run its suite beside this one. Each worker has a lane of its own: a station and a site at
 * `ports.icecast + lane` and `ports.site + lane`; servers a spec starts itself use +20 and up.
 */
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
export const ports = {
  site: 3210 + offset,
  openMeteo: 4010 + offset,
  icecast: 8801 + offset,
} as const;

/** Workers, each with its lane: E2E_WORKERS (not --workers, which would outrun the lanes). */
export const workers = Number(process.env.E2E_WORKERS ?? 3);

/** This process's lane: Playwright's TEST_PARALLEL_INDEX in a worker, 0 in the runner. */
export const lane = Number(process.env.TEST_PARALLEL_INDEX ?? 0);

// One password for the run's stations, made in the runner and inherited by workers and servers.
process.env.E2E_ICECAST_PASSWORD ||= randomBytes(12).toString('hex');
export const icecastPassword = process.env.E2E_ICECAST_PASSWORD;

export const NOW_PLAYING_TOKEN = 'e2e-ingest-token';

/** Where lane `n` keeps its files (play history, the station's config), per offset. */
export const laneDir = (what: string, n: number) =>
  path.resolve(`.run/e2e-${what}${offset ? `-${offset}` : ''}-${n}`);

/**
 * Every server of the suite's build keeps the pages it regenerates to itself (next.config.ts):
 * servers with stations and play histories of their own must not serve each other's pages.
 */
export const OWN_PAGE_CACHE = { PAGE_CACHE_TO_DISK: 'off' } as const;

/**
 * The suite's servers record no station log (ARCHIVE_RECORD=off): an ffmpeg and 16 KB/s of files
 * per server for nothing any of them checks. The station log's spec starts a server that does.
 */
export const NO_RECORDING = { ARCHIVE_RECORD: 'off' } as const;

/** The site's environment under test: every outside service is one of ours on 127.0.0.1. */
export const siteEnv = (n: number): Record<string, string> => ({
  ...OWN_PAGE_CACHE,
  ...NO_RECORDING,
  OPEN_METEO_URL: `http://127.0.0.1:${ports.openMeteo}`,
  DATA_DIR: laneDir('data', n),
  NOW_PLAYING_TOKEN,
});
