#!/usr/bin/env node
/**
 * Lighthouse (from npm, its default mobile preset: emulated phone, simulated slow 4G and 4× CPU
 * slowdown) on the home page and the GMP article, RUNS times each, against a running production
 * server; prints the median of each figure (scores vary by a few points run to run) beside the
 * project's budgets, and the audits that cost points. A benchmark, not a test.
 *
 *   BASE_URL=http://127.0.0.1:3000 node scripts/bench/lighthouse.mjs
 *
 * Optional: PAGES (comma-separated paths), RUNS (3), CHROME_PATH (/usr/bin/chromium).
 * About 15 s a run here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { median } from './browser-bench.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const baseUrl = new URL(process.env.BASE_URL ?? 'http://127.0.0.1:3000');
const pages = (process.env.PAGES ?? '/,/news/gmp-welcomes-baroness-casey-recommendations').split(
  ',',
);
const runs = Number(process.env.RUNS ?? 3);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const chromeFlags = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage';

/** [label, read a figure from a report, format, budget check] */
const figures = [
  ['Performance', (r) => r.categories.performance.score * 100, (v) => v.toFixed(0), (v) => v >= 98],
  [
    'Accessibility',
    (r) => r.categories.accessibility.score * 100,
    (v) => v.toFixed(0),
    (v) => v >= 100,
  ],
  [
    'Best practices',
    (r) => r.categories['best-practices'].score * 100,
    (v) => v.toFixed(0),
    (v) => v >= 100,
  ],
  ['SEO', (r) => r.categories.seo.score * 100, (v) => v.toFixed(0), (v) => v >= 100],
  [
    'LCP',
    (r) => r.audits['largest-contentful-paint'].numericValue,
    (v) => `${(v / 1000).toFixed(2)} s`,
    (v) => v <= 1500,
  ],
  [
    'TBT',
    (r) => r.audits['total-blocking-time'].numericValue,
    (v) => `${v.toFixed(0)} ms`,
    (v) => v <= 100,
  ],
  [
    'CLS',
    (r) => r.audits['cumulative-layout-shift'].numericValue,
    (v) => v.toFixed(3),
    (v) => v <= 0.01,
  ],
];
const budgets = ['≥ 98', '100', '100', '100', '≤ 1.5 s', '≤ 100 ms', '≤ 0.01'];

function lighthouse(url, outDir, run) {
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
  return JSON.parse(readFileSync(output, 'utf8'));
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART): such a run is repeated. */
function lighthouseWithRetry(url, outDir, run, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      return lighthouse(url, outDir, run);
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.error(`${error.message}; trying again`);
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
  const rows = [];
  const lost = new Map();
  let version = '';
  for (const page of pages) {
    const reports = [];
    for (let run = 1; run <= runs; run++) {
      const report = lighthouseWithRetry(new URL(page, baseUrl).href, outDir, run);
      version = report.lighthouseVersion;
      if (report.runtimeError) throw new Error(`${page}: ${report.runtimeError.message}`);
      reports.push(report);
      for (const [id, category] of Object.entries(report.categories)) {
        if (id === 'performance') continue;
        for (const { id: audit, weight } of category.auditRefs) {
          const score = report.audits[audit].score;
          if (weight > 0 && score !== null && score < 1) {
            const key = `${page} — ${category.title}: ${audit} (${report.audits[audit].title})`;
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
    const cells = rows.map(([, values]) => `${format(values[i])}${within(values[i]) ? '' : ' ✗'}`);
    console.log(`| ${label} | ${budgets[i]} | ${cells.join(' | ')} |`);
  });
  if (lost.size) {
    console.log('\nAudits that cost points (runs out of ' + runs + '):');
    for (const [key, count] of lost) console.log(`- ${key}: ${count}`);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
