#!/usr/bin/env node
/**
 * How much JavaScript does a reader download for an article? Loads the page in Debian's
 * Chromium (Playwright), keeps the body of every script response, gzips each with zlib at
 * the level `next start` uses (6) and sums them; also lists the biggest chunks, whether the
 * HTML names each (else it came later: a lazy chunk, or a <Link> prefetch of another page),
 * and, for comparison, the inline <script>s in the HTML (the RSC payload). A benchmark, not a
 * test.
 *
 *   BASE_URL=http://127.0.0.1:3000 node --import tsx scripts/bench/js-weight.ts
 *
 * Optional: PAGE (the GMP article), SETTLE_MS after `load` for late chunks (3000),
 * BUDGET_KB (130). kB = 1000 bytes, as `next build` prints them.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';

const baseUrl = new URL(process.env.BASE_URL ?? 'http://127.0.0.1:3000');
const pagePath = process.env.PAGE ?? '/news/gmp-welcomes-baroness-casey-recommendations';
const settleMs = Number(process.env.SETTLE_MS ?? 3000);
const budgetKb = Number(process.env.BUDGET_KB ?? 130);

/** A script file the page loaded: its path, and its size as sent and gzipped. */
type Script = { url: string; raw: number; gzip: number };

const gzipped = (body: Buffer) => gzipSync(body, { level: 6 }).length;
const kb = (bytes: number) => (bytes / 1000).toFixed(1);

/** Loads the page and prints what its scripts weigh. */
async function weigh(browser: Browser) {
  const page = await browser.newPage();
  const pending: Promise<Script>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response.body().then((body) => ({
        url: new URL(response.url()).pathname,
        raw: body.length,
        gzip: gzipped(body),
      })),
    );
  });
  const document = await page.goto(new URL(pagePath, baseUrl).href, { waitUntil: 'load' });
  // No network idle to wait for: the live strip keeps an EventSource open.
  await page.waitForTimeout(settleMs);
  const scripts = await Promise.all(pending);
  const html = await document!.text();
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => match[1] ?? '',
  );
  const inlineRaw = Buffer.from(inline.join(''));

  const total = scripts.reduce((sum, script) => sum + script.gzip, 0);
  const totalRaw = scripts.reduce((sum, script) => sum + script.raw, 0);
  console.log(`${pagePath}: ${scripts.length} script files`);
  const inHtml = (script: Script) => html.includes(`"${script.url}"`);
  const later = scripts.filter((script) => !inHtml(script));
  console.log('| script | named in the HTML | raw kB | gzip kB |');
  console.log('|---|---|---:|---:|');
  for (const script of [...scripts].sort((a, b) => b.gzip - a.gzip).slice(0, 12)) {
    console.log(
      `| ${script.url} | ${inHtml(script) ? 'yes' : 'no'} | ${kb(script.raw)} | ${kb(script.gzip)} |`,
    );
  }
  console.log(`| **all ${scripts.length} script files** | | ${kb(totalRaw)} | **${kb(total)}** |`);
  console.log(
    `| of which loaded after the HTML (${later.length}) | | ${kb(later.reduce((sum, s) => sum + s.raw, 0))} | ${kb(later.reduce((sum, s) => sum + s.gzip, 0))} |`,
  );
  console.log(
    `| inline <script> in the HTML (${inline.length}, not counted above) | | ${kb(inlineRaw.length)} | ${kb(gzipped(inlineRaw))} |`,
  );
  const verdict = total / 1000 <= budgetKb ? 'within' : `over by ${kb(total - budgetKb * 1000)} kB`;
  console.log(`\nJavaScript files, gzipped: ${kb(total)} kB — budget ${budgetKb} kB: ${verdict}`);
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  try {
    await weigh(browser);
  } finally {
    await browser.close();
  }
}

void main();
