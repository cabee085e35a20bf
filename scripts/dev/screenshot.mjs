// Takes full-page screenshots of site pages in Debian's Chromium, to look at what we built.
// Usage: node scripts/dev/screenshot.mjs http://127.0.0.1:3000/news/some-slug [out-dir]
import { chromium } from '@playwright/test';

const [url, outDir = '/tmp/shots'] = process.argv.slice(2);
if (!url) {
  console.error('usage: node scripts/dev/screenshot.mjs URL [out-dir]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const name = new URL(url).pathname.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'home';
for (const width of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(url, { waitUntil: 'load' });
  const file = `${outDir}/${name}-${width}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
  await page.close();
}
await browser.close();
