#!/usr/bin/env node
/**
 * Listen again's two budgets, on the real parts:
 * - an episode is listed (on its show's page) and playable (its audio answers a range) at most
 *   60 s after its airing ends;
 * - pressing a track of the episode → the audio advancing from that point: at most 1 s on
 *   loopback, median of RUNS (10).
 * A station of its own (servers/station, port 8696) and a production server (server.mjs, port
 * 3650) recording it, whose clock (libfaketime) starts 40 s before the end of a show's airing a
 * few days from now; then Debian's Chromium on the episode's page pressing its tracks in turn.
 * Needs a production build (`npm run build`).
 *
 *   node --import tsx scripts/bench/listen-again.ts      (or BENCH_ONLY=listen-again npm run bench)
 *
 * Talks to 127.0.0.1 only.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { station as stationSettings } from '../../lib/config';
import { episodeId } from '../../lib/listen-again/episode';
import { showListenAgainDays } from '../../lib/listen-again/listed';
import { episodeAudioPath, episodePath } from '../../lib/listen-again/paths';
import { schedule } from '../../lib/schedule/load';
import { listOccurrences } from '../../lib/schedule/resolve';
import { ROOT, startSite } from '../../servers/site';
import { stationEnv } from '../../servers/station/station';
import { sleep } from '../../servers/wait';
import { launchChromium, median } from './browser-bench';

const STATION_PORT = 8696;
const SITE_PORT = 3650;
const RUNS = Number(process.env.RUNS ?? 10);
const BEFORE_END_MS = 40_000;
const FAKETIME = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';

async function main() {
  const station = spawn(
    process.execPath,
    ['--import', 'tsx', 'servers/station/cli.ts', '--port', String(STATION_PORT)].concat([
      '--dir',
      '.run/bench-listen-again-station',
    ]),
    { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  for await (const line of createInterface({ input: station.stdout! })) {
    if (String(line).startsWith('ICECAST_MOUNT=')) break;
  }
  const from = new Date(Date.now() + 3 * 86_400_000);
  const airing = listOccurrences(schedule, from, new Date(+from + 86_400_000)).find(
    (occurrence) =>
      +occurrence.start > +from &&
      showListenAgainDays(schedule, stationSettings.listenAgainDays, occurrence.showId) > 0,
  )!;
  const clock = new Date(+airing.end - BEFORE_END_MS).toISOString().slice(0, 19).replace('T', ' ');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-listen-again-'));
  const site = await startSite({
    port: SITE_PORT,
    env: {
      ...stationEnv(STATION_PORT),
      ARCHIVE_RECORD: 'on',
      DATA_DIR: dataDir,
      NOW_PLAYING_TOKEN: 'bench-token',
      OPEN_METEO_URL: 'http://127.0.0.1:9',
      PAGE_CACHE_TO_DISK: 'off',
      FAKETIME: `@${clock}`,
      LD_PRELOAD: FAKETIME,
      FAKETIME_DONT_FAKE_MONOTONIC: '1',
      TZ: 'UTC',
    },
  });
  const endsAt = Date.now() - site.startedInMs + BEFORE_END_MS;
  const browser = await launchChromium();
  try {
    // Listed and playable: the show's page links it, and its audio answers a range.
    const id = episodeId(airing.start);
    const [listed, playable] = [await until(listedOn(), endsAt), await until(playableAt(), endsAt)];
    function listedOn() {
      return async () =>
        (await (await fetch(`${site.url}/shows/${airing.showId}`)).text()).includes(
          episodePath(airing.showId, id),
        );
    }
    function playableAt() {
      return async () =>
        (
          await fetch(`${site.url}${episodeAudioPath(airing.showId, id)}`, {
            headers: { range: 'bytes=0-1023' },
          })
        ).status === 206;
    }
    console.log(
      `${airing.show} ended; its episode was listed ${(listed / 1000).toFixed(1)} s and playable ` +
        `${(playable / 1000).toFixed(1)} s after the end (budget 60 s)`,
    );

    // Press each track in turn (and round again): until the audio advances from its point.
    const page = await browser.newPage();
    await page.goto(`${site.url}${episodePath(airing.showId, id)}`);
    const chapters = page.getByRole('button', { name: /^Play from \d+:\d\d: / });
    await chapters.first().waitFor();
    await page
      .locator('button:not([disabled])', { hasText: /^(Play|Resume from)/ })
      .first()
      .waitFor();
    const count = await chapters.count();
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const chapter = chapters.nth(run % count);
      const label = (await chapter.getAttribute('aria-label'))!;
      const [, m, s] = /from (\d+):(\d\d)/.exec(label)!;
      const at = Number(m) * 60 + Number(s);
      // Somewhere else first, so each press is a real seek.
      await page.evaluate(() => {
        const audio = document.querySelector<HTMLAudioElement>('audio[data-player="episode"]');
        audio?.pause();
      });
      const started = await page.evaluate(() => performance.now());
      await chapter.click();
      // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
      // Advancing: past the track's point, not seeking, and further on than when first seen there.
      const advancedAt = (await page.evaluate(`new Promise((resolve) => {
        const audio = document.querySelector('audio[data-player="episode"]');
        let first = null;
        (function check() {
          if (!audio.paused && !audio.seeking && audio.currentTime >= ${at}) {
            if (first === null) first = audio.currentTime;
            else if (audio.currentTime > first) return resolve(performance.now());
          }
          requestAnimationFrame(check);
        })();
      })`)) as number;
      times.push(advancedAt - started);
      await sleep(300);
    }
    console.table(
      times.map((ms, run) => ({ run: run + 1, 'press → advancing (ms)': Math.round(ms) })),
    );
    console.log(
      `track pressed → audio advancing from its point: median ${Math.round(median(times))} ms of ${RUNS} ` +
        `(budget 1,000 ms)`,
    );
  } finally {
    await browser.close();
    await site.stop();
    station.stdin!.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Polls `check` twice a second; how long after `since` it first held (ms). */
async function until(check: () => Promise<boolean>, since: number, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return Date.now() - since;
    await sleep(500);
  }
  throw new Error('the episode never appeared');
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
