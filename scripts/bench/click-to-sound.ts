#!/usr/bin/env node
/**
 * Click-to-sound through the site's own player: how long from a visitor's click on "Listen live"
 * to the <audio> element's `playing` event, and to its currentTime moving, in real headless
 * Chromium against a running site whose STREAM_URL is a local Icecast. Each run is a fresh
 * listener (new browser context: no cache, no stored settings). A benchmark, not a test: it
 * prints each run and the median, min and max.
 *
 *   BASE_URL=http://127.0.0.1:3400 node --import tsx scripts/bench/click-to-sound.ts [--runs 7]
 *        [--path /] [--json]
 *
 * The click is a real one (a user gesture), so no autoplay flag is needed. Loopback only: the
 * site and its stream must be on this machine. Runs are capped at 50, each at 20 s.
 */
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { LOOPBACK, launchChromium, loopbackBaseUrl, median } from './browser-bench';

const RUN_TIMEOUT_MS = 20_000;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    path: { type: 'string', default: '/' },
    json: { type: 'boolean', default: false },
  },
});

const baseUrl = loopbackBaseUrl();
const runs = Math.min(50, Math.max(1, Math.floor(Number(values.runs)) || 7));
const pageUrl = new URL(values.path, baseUrl).toString();

/** What the probe notes in the page: performance.now() of each moment, null until it comes. */
type ProbeMarks = {
  click: number | null;
  playing: number | null;
  advancing: number | null;
  src: string | null;
};
type ProbeWindow = Window & { __clickToSound: ProbeMarks };

type Run = { playingMs: number; advancingMs: number; stream: string };
type Stats = { median: number; min: number; max: number };

/**
 * In the page, before the click: timestamps of the click, `playing` and currentTime > 0.
 * Playwright sends this function's source to the page, as tsx compiled it: a function kept in a
 * variable in here would come wrapped in esbuild's __name() helper, which the page does not have,
 * hence the poll as an object's method.
 */
function installProbe() {
  const audio = document.querySelector<HTMLAudioElement>('audio[data-player="live"]')!;
  const marks: ProbeMarks = { click: null, playing: null, advancing: null, src: null };
  // Capture phase on the document: before React's handler sets the source.
  document.addEventListener('click', () => (marks.click ??= performance.now()), { capture: true });
  audio.addEventListener('playing', () => (marks.playing ??= performance.now()), { once: true });
  const probe = {
    poll() {
      if (audio.currentTime > 0) {
        marks.advancing = performance.now();
        marks.src = audio.currentSrc;
      } else setTimeout(probe.poll, 5);
    },
  };
  probe.poll();
  Object.assign(window, { __clickToSound: marks });
}

async function measureOnce(browser: Browser): Promise<Run> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(pageUrl, { waitUntil: 'load' });
    const button = page
      .getByRole('region', { name: 'Radio player' })
      .getByRole('button', { name: 'Listen live', exact: true });
    await button.click({ trial: true }); // waits until hydrated (enabled)
    await page.evaluate(installProbe);
    await button.click();
    const handle = await page.waitForFunction(
      () => {
        const marks = (window as unknown as ProbeWindow).__clickToSound;
        return marks.advancing !== null && marks;
      },
      null,
      { timeout: RUN_TIMEOUT_MS, polling: 20 },
    );
    // Resolved once truthy: the click came, currentTime has moved and its source is noted.
    const marks = (await handle.jsonValue()) as ProbeMarks & {
      click: number;
      advancing: number;
      src: string;
    };
    const src = new URL(marks.src);
    if (!LOOPBACK.has(src.hostname)) throw new Error(`the stream is not local: ${src.host}`);
    return {
      playingMs: marks.playing === null ? NaN : marks.playing - marks.click,
      advancingMs: marks.advancing - marks.click,
      stream: `${src.origin}${src.pathname}`,
    };
  } finally {
    await context.close();
  }
}

const stats = (xs: number[]): Stats => ({
  median: median(xs),
  min: Math.min(...xs),
  max: Math.max(...xs),
});

async function main() {
  const browser = await launchChromium();
  const results: Run[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const result = await measureOnce(browser);
      results.push(result);
      if (!values.json) {
        console.log(
          `run ${i + 1}: playing ${result.playingMs.toFixed(0)} ms, currentTime>0 ${result.advancingMs.toFixed(0)} ms`,
        );
      }
    }
  } finally {
    await browser.close();
  }
  const summary = {
    page: pageUrl,
    stream: results[0]?.stream,
    runs: results.length,
    playingMs: stats(results.map((r) => r.playingMs)),
    advancingMs: stats(results.map((r) => r.advancingMs)),
  };
  if (values.json) {
    console.log(JSON.stringify({ ...summary, results }, null, 2));
    return;
  }
  const line = ({ median: m, min, max }: Stats) =>
    `median ${m.toFixed(0)} ms (min ${min.toFixed(0)}, max ${max.toFixed(0)})`;
  console.log(`click → playing:         ${line(summary.playingMs)}`);
  console.log(`click → currentTime > 0: ${line(summary.advancingMs)}`);
  console.log(`${summary.runs} runs, page ${summary.page}, stream ${summary.stream}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
