#!/usr/bin/env node
/**
 * Lighthouse (from npm, its default mobile preset: emulated phone, simulated slow 4G and 4× CPU
 * slowdown) on the home page and the GMP article, RUNS times each, against a running production
 * server; prints the median of each figure (scores vary by a few points run to run) beside the
 * project's budgets, and the audits that cost points. A benchmark, not a test.
 *
 *   BASE_URL=http://127.0.0.1:3000 node --import tsx scripts/bench/lighthouse.ts
 *
 * Optional: PAGES (comma-separated paths), RUNS (3), CHROME_PATH (/usr/bin/chromium).
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
    (v) => v <= 1500,
  ],
  ['TBT', (r) => measured(r, 'total-blocking-time'), (v) => `${v.toFixed(0)} ms`, (v) => v <= 100],
  ['CLS', (r) => measured(r, 'cumulative-layout-shift'), (v) => v.toFixed(3), (v) => v <= 0.01],
];
const budgets = ['≥ 98', '100', '100', '100', '≤ 1.5 s', '≤ 100 ms', '≤ 0.01'];

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
  const rows: [page: string, values: number[]][] = [];
  const lost = new Map<string, number>();
  let version = '';
  for (const page of pages) {
    const reports: Report[] = [];
    for (let run = 1; run <= runs; run++) {
      const report = lighthouseWithRetry(new URL(page, baseUrl).href, outDir, run);
      version = report.lighthouseVersion;
      if (report.runtimeError) throw new Error(`${page}: ${report.runtimeError.message}`);
      reports.push(report);
      for (const [id, category] of Object.entries(report.categories)) {
        if (id === 'performance') continue;
        for (const { id: audit, weight } of category.auditRefs) {
          const score = report.audits[audit]!.score;
          if (weight > 0 && score !== null && score < 1) {
            const key = `${page} — ${category.title}: ${audit} (${report.audits[audit]!.title})`;
            lost.set(key, (lost.get(key) ?? 0) + 1);
          }
        }
      }
    }
    rows.push([page, figures.map(([, read]) => median(reports.map(read)))]);
  }

  console.log(
    `Lighthouse ${version}, mobile preset, median of ${runs} runs, ${chromePath}; ` +
      `load average ${loadBefore} before, ${load()} after\n`,
  );
  console.log(`| figure | budget | ${rows.map(([page]) => page).join(' | ')} |`);
  console.log(`|---|---|${rows.map(() => '---:').join('|')}|`);
  figures.forEach(([label, , format, within], i) => {
    const cells = rows.map(
      ([, values]) => `${format(values[i]!)}${within(values[i]!) ? '' : ' ✗'}`,
    );
    console.log(`| ${label} | ${budgets[i]} | ${cells.join(' | ')} |`);
  });
  if (lost.size) {
    console.log('\nAudits that cost points (runs out of ' + runs + '):');
    for (const [key, count] of lost) console.log(`- ${key}: ${count}`);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
