#!/usr/bin/env node
/**
 * "What played" with a full play history beside one with a day of it: does a day's page and a
 * day of `GET /api/plays` cost the same when the history holds the 10,000 plays it keeps (three
 * weeks) as when it holds one day's? Two servers of this build, each with a SQLite history of its
 * own, written straight into the database the server opens (the schema from
 * lib/storage/migrations.ts): one with 10,000 plays at three-minute spacing up to now, one with
 * only the last day's. Then, taken in turn, ROUNDS times each:
 *
 * - `GET /api/plays` for yesterday (24 hours, per request: the store's indexed range and the
 *   shows), its latency;
 * - a play back-filled into yesterday, and the time until `/played/<yesterday>` shows it (the
 *   render behind a cache miss); then the page served from cache.
 *
 *   node --import tsx scripts/bench/played.ts        (builds first if there is no build)
 *
 * Talks to 127.0.0.1 only; ports 3630 and 3631. Prints medians and the ratio full ÷ one day.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../lib/storage/database-file';
import { migrate } from '../../lib/storage/migrations';
import { startSite, type Site } from '../../servers/site';
import { formatLondonIso } from '../../lib/time/london';
import { londonDayBounds } from '../../lib/played/day';
import { addCalendarDays, londonDateOf } from '../../lib/time/london-calendar';

const ROUNDS = Number(process.env.ROUNDS ?? 30);
const SPACING_MS = 3 * 60_000;
const TOKEN = 'bench-played-token';

/** A history of `count` plays, one every three minutes, the last starting now. */
function seedHistory(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-played-'));
  const db = new Database(path.join(dir, DATABASE_FILE));
  migrate(db);
  const insert = db.prepare(
    `INSERT INTO plays (artist, title, artwork, duration, source, started_at, off_air, streamer)
     VALUES (?, ?, NULL, 180, 'push', ?, 0, NULL)`,
  );
  const now = Date.now();
  db.transaction(() => {
    for (let i = count - 1; i >= 0; i--) {
      const n = count - i;
      insert.run(
        `Artist ${n % 400}`,
        `Track number ${n}`,
        new Date(now - i * SPACING_MS).toISOString(),
      );
    }
  })();
  db.close();
  return dir;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

async function timed(
  url: string,
  init?: RequestInit,
): Promise<{ ms: number; status: number; body: string }> {
  const started = performance.now();
  const response = await fetch(url, init);
  const body = await response.text();
  return { ms: performance.now() - started, status: response.status, body };
}

type Figures = {
  api: number[];
  render: number[];
  cached: number[];
  plays: number;
  bytes: number;
  gzipped: number;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function round(site: Site, day: string, figures: Figures, n: number) {
  const { from, to } = londonDayBounds(day);
  const range = `from=${encodeURIComponent(formatLondonIso(from))}&to=${encodeURIComponent(formatLondonIso(to))}`;
  const api = await timed(`${site.url}/api/plays?${range}`);
  if (api.status !== 200) throw new Error(`/api/plays answered ${api.status}: ${api.body}`);
  figures.plays = (JSON.parse(api.body) as { plays: unknown[] }).plays.length;
  figures.api.push(api.ms);

  // A play back-filled into the day, as a late push: the page is out of date, the next request
  // is served the old copy and regenerates it. Timed from that request to the first answer that
  // has the play (asked every 10 ms): the render behind a cache miss, and its queueing.
  const title = `Late entry ${site.url.slice(-4)}-${n}`;
  const push = await fetch(`${site.url}/api/now-playing`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${TOKEN}`,
      'content-type': 'application/json',
      // An address of its own per push, past the ingest's 30 a minute (a trusted hop: below).
      'x-forwarded-for': `10.0.${Math.floor(n / 250)}.${(n % 250) + 1}`,
    },
    body: JSON.stringify({
      artist: 'Bench',
      title,
      startedAt: new Date(+from + 3_600_000 + n * 1000).toISOString(),
    }),
  });
  if (!push.ok) throw new Error(`the push answered ${push.status}: ${await push.text()}`);
  const started = performance.now();
  for (;;) {
    const page = await timed(`${site.url}/played/${day}`);
    if (page.body.includes(title)) break;
    if (performance.now() - started > 30_000)
      throw new Error(`/played/${day} never showed ${title}`);
    await sleep(10);
  }
  figures.render.push(performance.now() - started);
  const cached = await timed(`${site.url}/played/${day}`);
  if (cached.status !== 200) throw new Error(`/played/${day} answered ${cached.status}`);
  figures.cached.push(cached.ms);
  figures.bytes = Buffer.byteLength(cached.body);
  figures.gzipped = gzipSync(cached.body).byteLength;
}

async function main() {
  const sites: Site[] = [];
  const none = (): Figures => ({ api: [], render: [], cached: [], plays: 0, bytes: 0, gzipped: 0 });
  try {
    const env = (dir: string) => ({
      DATA_DIR: dir,
      NOW_PLAYING_TOKEN: TOKEN,
      PAGE_CACHE_TO_DISK: 'off',
      OPEN_METEO_URL: 'http://127.0.0.1:9', // no weather: not what is measured
      TRUSTED_PROXIES: '127.0.0.1',
    });
    // The same plays yesterday in both: the full history's last day and a half, on its own.
    const yesterday = londonDayBounds(addCalendarDays(londonDateOf(new Date()), -1)).from;
    const full = seedHistory(10_000);
    const oneDay = seedHistory(Math.ceil((Date.now() - +yesterday) / SPACING_MS));
    sites.push(await startSite({ port: 3630, probe: '/played', env: env(full) }));
    sites.push(await startSite({ port: 3631, probe: '/played', env: env(oneDay) }));
    const day = addCalendarDays(londonDateOf(new Date()), -1);
    const figures: Figures[] = sites.map(none);
    // Warm both up, then take them in turn.
    for (const site of sites) {
      await round(site, day, none(), 0);
    }
    for (let r = 1; r <= ROUNDS; r++) {
      for (const [i, site] of sites.entries()) await round(site, day, figures[i]!, r);
    }
    const names = ['10,000 plays kept', 'one day kept'];
    console.log(
      `/played/${day} and GET /api/plays for that day, ${ROUNDS} rounds taken in turn (medians):`,
    );
    console.log(
      '| history | plays that day | /api/plays (24 h) | late play to page | page from cache | page bytes (gzip) |',
    );
    console.log('|---|---|---|---|---|---|');
    figures.forEach((f, i) =>
      console.log(
        `| ${names[i]} | ${f.plays} | ${median(f.api).toFixed(1)} ms | ${median(f.render).toFixed(1)} ms | ${median(f.cached).toFixed(1)} ms | ${(f.bytes / 1024).toFixed(0)} kB (${(f.gzipped / 1024).toFixed(0)} kB) |`,
      ),
    );
    const [a, b] = figures as [Figures, Figures];
    console.log(
      `full ÷ one day: API ${(median(a.api) / median(b.api)).toFixed(2)}×, late play to page ${(median(a.render) / median(b.render)).toFixed(2)}×, from cache ${(median(a.cached) / median(b.cached)).toFixed(2)}×`,
    );
  } finally {
    await Promise.all(sites.map((site) => site.stop()));
  }
}

void main();
