#!/usr/bin/env node
/**
 * Push to page: how long from the newsroom's POST to the moment open pages in real headless
 * Chromium show it, for a station alert (the banner) and a new track (the strip). Pages are
 * separate readers (a browser context each), opened on an article and connected to the live
 * channel; an observer in each page notes the wall-clock time its text first shows the change.
 * Alerts and tracks are taken in turn. A benchmark, not a test: it prints each run, the median
 * and the worst, and how many arrivals were within a second (the alerts issue's goal).
 *
 *   NOW_PLAYING_TOKEN=… BASE_URL=http://127.0.0.1:3000 node --import tsx scripts/bench/push-to-page.ts
 *        [--runs 8] [--pages 3] [--path /news/…] [--json]   (--help: this text)
 *
 * Each run writes three times (an alert, its removal, a track). The ingest allows 30 writes a
 * minute per client, so a run of more than 10 needs a server that trusts X-Forwarded-For
 * (TRUSTED_PROXIES=127.0.0.1, as `npm run bench` starts it): each write then claims its own address.
 * Loopback only.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { launchChromium, loopbackBaseUrl, median } from './browser-bench';

const ARRIVAL_TIMEOUT_MS = 10_000;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '8' },
    pages: { type: 'string', default: '3' },
    path: { type: 'string', default: '/news/gmp-welcomes-baroness-casey-recommendations' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  const header = /\/\*\*([\s\S]*?)\*\//.exec(readFileSync(__filename, 'utf8'));
  console.log((header?.[1] ?? '').replace(/^ \* ?/gm, '').trim());
  process.exit(0);
}

const baseUrl = loopbackBaseUrl();
const token = process.env.NOW_PLAYING_TOKEN;
if (!token) throw new Error('Set NOW_PLAYING_TOKEN to the server’s token');
const runs = Math.min(50, Math.max(1, Math.floor(Number(values.runs)) || 8));
const pageCount = Math.min(10, Math.max(1, Math.floor(Number(values.pages)) || 3));

/** The observer's state in each page: the texts awaited, and when (Date.now()) each showed. */
type ObserverState = { awaited: Set<string>; seen: Record<string, number> };
type ObservedWindow = Window & { __pushToPage: ObserverState };
type Reader = { context: BrowserContext; page: Page };

let writes = 0;
async function write<T = unknown>(method: string, pathname: string, body?: object): Promise<T> {
  writes++;
  const response = await fetch(new URL(pathname, baseUrl), {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      // Heeded only by a server that trusts one proxy hop; see the header comment.
      'x-forwarded-for': `198.19.${Math.floor(writes / 250)}.${writes % 250}`,
    },
    body: body && JSON.stringify(body),
  });
  if (response.status === 429) {
    throw new Error(
      `${method} ${pathname}: 429 after ${writes} writes: the ingest's 30 a minute (see --help)`,
    );
  }
  if (!response.ok) throw new Error(`${method} ${pathname}: HTTP ${response.status}`);
  return response.json() as Promise<T>;
}

/**
 * In the page: the wall-clock time each awaited text first appears in the page. Playwright sends
 * this function's source to the page as tsx compiled it, so the observer's callback is written in
 * place: a function kept in a variable would come wrapped in esbuild's __name() helper, which the
 * page does not have.
 */
function installObserver() {
  const state: ObserverState = { awaited: new Set(), seen: {} };
  new MutationObserver(() => {
    if (state.awaited.size === 0) return;
    const text = document.body.textContent ?? '';
    for (const marker of state.awaited) {
      if (text.includes(marker)) {
        state.seen[marker] = Date.now();
        state.awaited.delete(marker);
      }
    }
  }).observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  Object.assign(window, { __pushToPage: state });
}

async function openReader(browser: Browser): Promise<Reader> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const connected = page.waitForResponse((response) =>
    response.url().endsWith('/api/now-playing/events'),
  );
  await page.goto(new URL(values.path, baseUrl).toString(), { waitUntil: 'load' });
  await connected;
  // Hydrated: the player's button is enabled once its island runs.
  await page.getByRole('button', { name: 'Listen live', exact: true }).click({ trial: true });
  await page.evaluate(installObserver);
  return { context, page };
}

/** Sends one change and times its arrival on every page (ms, NaN where it never came). */
async function measure<T>(readers: Reader[], marker: string, send: () => Promise<T>) {
  await Promise.all(
    readers.map(({ page }) =>
      page.evaluate(
        (m) => (window as unknown as ObservedWindow).__pushToPage.awaited.add(m),
        marker,
      ),
    ),
  );
  const sent = Date.now();
  const result = await send();
  const arrivals = await Promise.all(
    readers.map(async ({ page }) => {
      const at = await page
        .waitForFunction(
          (m) => (window as unknown as ObservedWindow).__pushToPage.seen[m],
          marker,
          { timeout: ARRIVAL_TIMEOUT_MS, polling: 20 },
        )
        // Resolved once truthy: the time the text showed.
        .then((handle) => handle.jsonValue() as Promise<number>)
        .catch(() => NaN);
      return at - sent;
    }),
  );
  return { arrivals, result };
}

function summarise(xs: number[]) {
  const arrived = xs.filter(Number.isFinite);
  return {
    arrivals: xs.length,
    missed: xs.length - arrived.length,
    median: median(arrived),
    worst: arrived.length > 0 ? Math.max(...arrived) : NaN,
    withinOneSecond: arrived.filter((x) => x <= 1000).length,
  };
}

async function main() {
  const browser = await launchChromium();
  const all: { alert: number[]; track: number[] } = { alert: [], track: [] };
  try {
    const readers: Reader[] = [];
    for (let i = 0; i < pageCount; i++) readers.push(await openReader(browser));
    const stamp = Date.now().toString(36);
    for (let run = 1; run <= runs; run++) {
      const message = `Bench alert ${stamp}-${run}`;
      const alert = await measure(readers, message, () =>
        write<{ alert: { id: number } }>('POST', '/api/alerts', {
          kind: 'station',
          message,
          expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        }),
      );
      await write('DELETE', `/api/alerts/${alert.result.alert.id}`);
      const title = `Bench track ${stamp}-${run}`;
      const track = await measure(readers, title, () =>
        write('POST', '/api/now-playing', { artist: 'Push to Page', title }),
      );
      all.alert.push(...alert.arrivals);
      all.track.push(...track.arrivals);
      if (!values.json) {
        const line = (xs: number[]) => xs.map((x) => `${x.toFixed(0)}`).join(', ');
        console.log(
          `run ${run}: alert ${line(alert.arrivals)} ms; track ${line(track.arrivals)} ms`,
        );
      }
    }
    for (const { context } of readers) await context.close();
  } finally {
    await browser.close();
  }
  const summary = {
    page: new URL(values.path, baseUrl).toString(),
    pages: pageCount,
    runs,
    alert: summarise(all.alert),
    track: summarise(all.track),
  };
  if (values.json) {
    console.log(JSON.stringify(summary, null, 2));
    return;
  }
  for (const kind of ['alert', 'track'] as const) {
    const s = summary[kind];
    console.log(
      `POST → ${kind === 'alert' ? 'banner' : 'strip '}: median ${s.median} ms, worst ${s.worst} ms, ` +
        `${s.withinOneSecond} of ${s.arrivals} within 1 s${s.missed ? `, ${s.missed} never arrived` : ''}`,
    );
  }
  console.log(`${runs} runs × ${pageCount} open pages, ${summary.page}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
