#!/usr/bin/env node
/**
 * Search at 8 stories (the content as it is) and at 10,000 (generated, scripts/scale/): the
 * index's size, and in Chromium, from the last key typed in /search to the results on the page,
 * with the index bytes that search fetched. Two servers of this build, taken in turn:
 *
 * - this checkout (its own index, from `npm run build`);
 * - a scratch copy with 10,000 generated stories (scripts/scale/scratch-site.ts), whose index is
 *   built from its stories the same way; it serves this checkout's build (`.next`, hard-linked):
 *   /search and the index are what is measured, and a build of 10,000 stories would take many
 *   minutes to make the same /search page (docs/performance.md "Scale" measures that build).
 *
 * Each round opens /search in a fresh browser context (nothing cached), types a word, and times
 * from the last keystroke to the `search-results` mark the island sets once the results are on
 * the page (its 120 ms pause for typing included). The first search of a page also loads
 * Pagefind and its index (it starts on the field's focus); a second word on the same page is
 * timed too. ROUNDS (default 10) each; medians.
 *
 *   node --import tsx scripts/bench/search.ts      (needs a build: `npm run build`)
 *
 * Talks to 127.0.0.1 only; ports 3640 and 3641. Prints a Markdown table.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Browser } from '@playwright/test';
import { ROOT, startSite, type Site } from '../../servers/site';
import { indexScratchSite, makeScratchSite } from '../scale/scratch-site';
import { launchChromium, median } from './browser-bench';

const ROUNDS = Number(process.env.ROUNDS ?? 10);
const STORIES = Number(process.env.STORIES ?? 10_000);
/** A word in one story (the GMP statement), and one in every generated story. */
const WORDS = { rare: 'minshull', common: 'rehearse' } as const;

function indexSize(dir: string): { files: number; bytes: number } {
  const folder = path.join(dir, 'public', 'pagefind');
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(folder, name))
    .filter((file) => statSync(file).isFile());
  return { files: files.length, bytes: files.reduce((sum, file) => sum + statSync(file).size, 0) };
}

type Timing = { ms: number; indexBytes: number; results: string };

/** Bytes of /pagefind/ responses so far in a context (a worker's fetches included). */
type Counter = { bytes: number; pending: Promise<void>[] };

/** Types `word` into the search field of `page` and times it to the results. */
async function timeSearch(
  page: import('@playwright/test').Page,
  word: string,
  fetched: Counter,
): Promise<Timing> {
  await Promise.all(fetched.pending);
  const before = fetched.bytes;
  const box = page.getByRole('searchbox', { name: 'Stories and shows' });
  await box.fill('');
  await page.evaluate(() => {
    const w = window as unknown as { lastKey?: number };
    document.querySelector('input[type=search]')!.addEventListener('input', () => {
      w.lastKey = performance.now();
    });
    performance.clearMarks('search-results');
  });
  await box.pressSequentially(word, { delay: 40 });
  await page.waitForSelector(`[data-search-state="done"][data-search-query="${word}"]`, {
    timeout: 30_000,
  });
  const { ms, results } = await page.evaluate((word) => {
    const w = window as unknown as { lastKey: number };
    const mark = performance
      .getEntriesByName('search-results')
      .filter((entry) => (entry as PerformanceMark).detail === word)
      .at(-1)!;
    const status = document.querySelector('[data-search-state] [role=status]');
    return { ms: mark.startTime - w.lastKey, results: status?.textContent ?? '' };
  }, word);
  await Promise.all(fetched.pending);
  return { ms, results, indexBytes: fetched.bytes - before };
}

async function round(browser: Browser, site: Site) {
  const context = await browser.newContext();
  const fetched: Counter = { bytes: 0, pending: [] };
  context.on('requestfinished', (request) => {
    if (!request.url().includes('/pagefind/')) return;
    fetched.pending.push(
      request.sizes().then((sizes) => void (fetched.bytes += sizes.responseBodySize)),
    );
  });
  const page = await context.newPage();
  await page.goto(`${site.url}/search`);
  await page.getByRole('searchbox', { name: 'Stories and shows' }).focus();
  const first = await timeSearch(page, WORDS.rare, fetched);
  const second = await timeSearch(page, WORDS.common, fetched);
  await context.close();
  return { first, second };
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function main() {
  const scratch = path.join(ROOT, '.run', `search-${STORIES}`);
  makeScratchSite(scratch, STORIES);
  const indexing = performance.now();
  const indexed = indexScratchSite(scratch);
  console.log(
    `The ${STORIES.toLocaleString('en-GB')}-story index: ${indexed.records} records, ` +
      `written in ${((performance.now() - indexing) / 1000).toFixed(1)} s.`,
  );
  const linked = spawnSync('cp', ['-al', path.join(ROOT, '.next'), path.join(scratch, '.next')]);
  if (linked.status !== 0) throw new Error(`cp -al .next failed: ${linked.stderr}`);

  const env = { PAGE_CACHE_TO_DISK: 'off', OPEN_METEO_URL: 'http://127.0.0.1:9' };
  const sites: {
    name: string;
    stories: number;
    site: Site;
    size: { files: number; bytes: number };
  }[] = [];
  const browser = await launchChromium();
  try {
    sites.push({
      name: 'this build',
      stories: readdirSync(path.join(ROOT, 'content', 'articles')).length,
      site: await startSite({ port: 3640, probe: '/search', env }),
      size: indexSize(ROOT),
    });
    sites.push({
      name: `${STORIES.toLocaleString('en-GB')} generated stories`,
      stories: STORIES,
      site: await startSite({ port: 3641, cwd: scratch, probe: '/search', env }),
      size: indexSize(scratch),
    });
    const runs = sites.map(() => [] as Awaited<ReturnType<typeof round>>[]);
    for (let r = 0; r < ROUNDS; r++) {
      for (const [i, { site }] of sites.entries()) runs[i]!.push(await round(browser, site));
    }
    console.log(`Search, ${ROUNDS} rounds taken in turn (medians); a fresh browser each round:\n`);
    console.log(
      '| index | stories | index on disk | first search: typed → results | index bytes fetched | second word, same page | bytes fetched |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    sites.forEach(({ name, stories, size }, i) => {
      const rounds = runs[i]!;
      console.log(
        `| ${name} | ${stories.toLocaleString('en-GB')} | ${kB(size.bytes)} in ${size.files} files | ` +
          `${median(rounds.map((x) => x.first.ms)).toFixed(0)} ms ("${WORDS.rare}") | ` +
          `${kB(median(rounds.map((x) => x.first.indexBytes)))} | ` +
          `${median(rounds.map((x) => x.second.ms)).toFixed(0)} ms ("${WORDS.common}") | ` +
          `${kB(median(rounds.map((x) => x.second.indexBytes)))} |`,
      );
    });
    console.log(
      `\n${sites.map(({ name }, i) => `${name}: ${runs[i]![0]!.second.results}`).join('\n')}`,
    );
  } finally {
    await browser.close();
    await Promise.all(sites.map(({ site }) => site.stop()));
  }
}

void main();
