import path from 'node:path';

/**
 * Loopback ports for the servers the end-to-end suite starts (Icecast's: support/icecast.ts).
 * E2E_PORT_OFFSET moves them all, so a second checkout can run its suite beside this one.
 */
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
export const ports = {
  site: 3210 + offset,
  openMeteo: 4010 + offset,
  icecast: 8801 + offset,
} as const;

/** Suffix for the suite's state on disk (play history, the station's files), per offset. */
export const e2eStateSuffix = offset ? `-${offset}` : '';

export const NOW_PLAYING_TOKEN = 'e2e-ingest-token';

/** The site's environment under test: every outside service is one of ours on 127.0.0.1. */
export const e2eEnv: Record<string, string> = {
  OPEN_METEO_URL: `http://127.0.0.1:${ports.openMeteo}`,
  DATA_DIR: path.resolve(`.run/e2e-data${e2eStateSuffix}`),
  NOW_PLAYING_TOKEN,
};
