#!/usr/bin/env node
/**
 * Lighthouse (from npm, its default mobile preset: emulated phone, simulated slow 4G and 4× CPU
 * slowdown) on the home page and the GMP article, RUNS times each, against a running production
 * server; prints the median of each figure (scores vary by a few points run to run) beside the
 * project's budgets, and the audits that cost points. A benchmark, not a test.
 *
 *   BASE_URL=http://127.0.0.1:3000 node --import tsx scripts/bench/lighthouse.ts
 *
 * Optional: PAGES (comma-separated paths), RUNS (3), CHROME_PATH (/usr/bin/chromium);
 * COMPARE_URL (a second site, another build say, whose same pages are measured in turn),
 * BARE_URL (a bare Next.js page, servers/bare-next.ts, whose / is measured in turn: the
 * framework's own figures); LABEL and COMPARE_LABEL name the two builds in the table (a commit).
 * Each round measures every page of every site once, so a busy machine weighs on all alike.
 * About 15 s a run here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { median } from './browser-bench';

const root = path.resolve(__dirname, '../..');
const baseUrl = new URL(process.env.BASE_URL ?? 'http://127.0.0.1:3000');
const pages = (process.env.PAGES ?? '/,/news/gmp-welcomes-baroness-casey-recommendations').split(
  ',',
);
/** What is measured, in the table's order: each page of this site, of COMPARE_URL, then BARE_URL. */
type Target = { page: string; build: string; url: string };
const targets: Target[] = pages.flatMap((page) => [
  { page, build: process.env.LABEL ?? baseUrl.host, url: new URL(page, baseUrl).href },
  ...(process.env.COMPARE_URL
    ? [
        {
          page,
          build: process.env.COMPARE_LABEL ?? new URL(process.env.COMPARE_URL).host,
          url: new URL(page, process.env.COMPARE_URL).href,
        },
      ]
    : []),
]);
if (process.env.BARE_URL) {
  targets.push({
    page: 'bare Next.js page',
    build: 'bare',
    url: new URL('/', process.env.BARE_URL).href,
  });
}
const runs = Number(process.env.RUNS ?? 3);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const chromeFlags = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage';

/** What is read here of a Lighthouse report (the CLI's JSON output). */
type Category = {
  title: string;
  /** 0 to 1; null when the run could not score it. */
  score: number | null;
  auditRefs: { id: string; weight: number }[];
};
type Audit = { title: string; score: number | null; numericValue?: number };
type Report = {
  lighthouseVersion: string;
  runtimeError?: { message: string };
  categories: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', Category> &
    Record<string, Category>;
  audits: Record<string, Audit>;
};

/** A category's score out of 100 (null, an unscored one, counts as 0). */
const points = (category: Category) => (category.score ?? 0) * 100;
/** An audit's measured value (NaN where it has none: median() leaves it out). */
const measured = (report: Report, id: string) => report.audits[id]!.numericValue ?? NaN;

/** [label, read a figure from a report, format, budget check] */
type Figure = [
  label: string,
  read: (report: Report) => number,
  format: (value: number) => string,
  within: (value: number) => boolean,
];
const figures: Figure[] = [
  ['Performance', (r) => points(r.categories.performance), (v) => v.toFixed(0), (v) => v >= 98],
  [
    'Accessibility',
    (r) => points(r.categories.accessibility),
    (v) => v.toFixed(0),
    (v) => v >= 100,
  ],
  [
    'Best practices',
    (r) => points(r.categories['best-practices']),
    (v) => v.toFixed(0),
    (v) => v >= 100,
  ],
  ['SEO', (r) => points(r.categories.seo), (v) => v.toFixed(0), (v) => v >= 100],
  [
    'LCP',
    (r) => measured(r, 'largest-contentful-paint'),
    (v) => `${(v / 1000).toFixed(2)} s`,
    (v) => v <= 1800,
  ],
  ['TBT', (r) => measured(r, 'total-blocking-time'), (v) => `${v.toFixed(0)} ms`, (v) => v <= 100],
  ['CLS', (r) => measured(r, 'cumulative-layout-shift'), (v) => v.toFixed(3), (v) => v <= 0.01],
];
const budgets = ['≥ 98', '100', '100', '100', '≤ 1.8 s', '≤ 100 ms', '≤ 0.01'];

function lighthouse(url: string, outDir: string, run: number): Report {
  const output = path.join(outDir, `run-${run}.json`);
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/lighthouse/cli/index.js'),
      url,
      '--output=json',
      `--output-path=${output}`,
      `--chrome-flags=${chromeFlags}`,
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`lighthouse exited with ${result.status} on ${url}`);
  return JSON.parse(readFileSync(output, 'utf8')) as Report;
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART): such a run is repeated. */
function lighthouseWithRetry(url: string, outDir: string, run: number, attempts = 3): Report {
  for (let attempt = 1; ; attempt++) {
    try {
      return lighthouse(url, outDir, run);
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.error(`${(error as Error).message}; trying again`);
    }
  }
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const loadBefore = load();
const outDir = mkdtempSync(path.join(tmpdir(), 'lighthouse-'));
try {
  const reports = new Map<Target, Report[]>(targets.map((target) => [target, []]));
  const lost = new Map<string, number>();
  let version = '';
  for (let run = 1; run <= runs; run++) {
    for (const target of targets) {
      const report = lighthouseWithRetry(target.url, outDir, run);
      version = report.lighthouseVersion;
      if (report.runtimeError) throw new Error(`${target.url}: ${report.runtimeError.message}`);
      reports.get(target)!.push(report);
      for (const [id, category] of Object.entries(report.categories)) {
        if (id === 'performance') continue;
        for (const { id: audit, weight } of category.auditRefs) {
          const score = report.audits[audit]!.score;
          if (weight > 0 && score !== null && score < 1) {
            const key = `${target.page} (${target.build}) — ${category.title}: ${audit} (${report.audits[audit]!.title})`;
            lost.set(key, (lost.get(key) ?? 0) + 1);
          }
        }
      }
    }
  }

  console.log(
    `Lighthouse ${version}, mobile preset, median of ${runs} runs, ${chromePath}; ` +
      `load average ${loadBefore} before, ${load()} after\n`,
  );
  console.log(
    `| page | build | ${figures.map(([label], i) => `${label} (${budgets[i]})`).join(' | ')} |`,
  );
  console.log(`|---|---|${figures.map(() => '---:').join('|')}|`);
  for (const [target, list] of reports) {
    const cells = figures.map(([, read, format, within]) => {
      const value = median(list.map(read));
      return `${format(value)}${within(value) ? '' : ' ✗'}`;
    });
    console.log(`| ${target.page} | ${target.build} | ${cells.join(' | ')} |`);
  }
  if (lost.size) {
    console.log('\nAudits that cost points (runs out of ' + runs + '):');
    for (const [key, count] of lost) console.log(`- ${key}: ${count}`);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
