import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ports } from './support/env';
import { startSiteServer, type SiteServer } from './support/site-server';
import {
  buildScratchSite,
  generatedStory,
  makeScratchSite,
  scratchDirFor,
} from '../scripts/scale/scratch-site';

/**
 * The archive only grows: a build of the site with 300 generated stories (slugs of 50+
 * characters) beside the real ones, served by a server of its own. scripts/test.sh builds the
 * scratch copy before the end-to-end tests (scripts/scale/scratch-site.ts); run alone, this
 * spec builds it first.
 */
const STORIES = 300;
const dir = scratchDirFor(STORIES);
const distDir = path.join(dir, '.next');
let site: SiteServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
    makeScratchSite(dir, STORIES);
    await buildScratchSite(dir);
  }
  site = await startSiteServer(ports.site + 40, {}, { cwd: dir });
});

test.afterAll(async () => {
  await site?.stop();
});

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const entry = path.join(folder, name);
    return statSync(entry).isDirectory() ? filesUnder(entry) : [entry];
  });
}

// The oldest generated story: far past the prerendered newest, so its first request renders it.
const oldest = generatedStory(STORIES - 1, new Date()).slug;

test('an old story renders once, on its first request, then comes from the cache', async () => {
  expect(oldest.length).toBeGreaterThanOrEqual(50);
  const first = await fetch(`${site.url}/news/${oldest}`);
  expect(first.status).toBe(200);
  const body = await first.text();
  expect(body).toContain(`archive story ${STORIES - 1}`);
  await expect(async () => {
    const again = await fetch(`${site.url}/news/${oldest}`);
    expect(again.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(again.headers.get('cache-control')).toMatch(/s-maxage=\d+/);
  }).toPass({ timeout: 10_000 });
});

test('a case variant of a story is sent to the story, and an unknown slug is a 404, writing nothing', async () => {
  const story = generatedStory(STORIES - 2, new Date()).slug;
  // Regenerate the not-found page once, so what is counted next is only what the requests add.
  await (await fetch(`${site.url}/news/warm-up`)).arrayBuffer();
  const before = new Set(filesUnder(distDir));
  const variants = [story.toUpperCase(), story.replace(/^./, (c) => c.toUpperCase())];
  for (const variant of variants) {
    const response = await fetch(`${site.url}/news/${variant}`, { redirect: 'manual' });
    expect(response.status, variant).toBe(308);
    expect(response.headers.get('location'), variant).toBe(`/news/${story}`);
    const image = await fetch(`${site.url}/news/${variant}/opengraph-image`, {
      redirect: 'manual',
    });
    expect(image.status, variant).toBe(308);
  }
  const unknown = [`${story}-x`, `${'x'.repeat(300)}`, `${story}/more/parts`];
  for (const junk of unknown) {
    const response = await fetch(`${site.url}/news/${junk}`);
    expect(response.status, junk).toBe(404);
    await response.arrayBuffer();
  }
  const added = filesUnder(distDir).filter((file) => !before.has(file));
  const namedAfterARequest = (file: string) =>
    [story.toUpperCase(), story.slice(1), `${story}-x`, 'xxxxxxxxxx', 'more'].some((part) =>
      file.includes(part),
    );
  expect(added.filter(namedAfterARequest)).toEqual([]);
  expect(added.filter((file) => /not-found/.test(file))).toEqual([]);
});

test('the sitemap lists every story', async () => {
  const sitemap = await (await fetch(`${site.url}/sitemap.xml`)).text();
  const stories = [...sitemap.matchAll(/<loc>[^<]*\/news\/([a-z0-9-]+)<\/loc>/g)].map((m) => m[1]);
  const real = readdirSync(path.join(dir, 'content', 'articles')).length - STORIES;
  expect(new Set(stories).size).toBe(STORIES + real);
  expect(stories).toContain(oldest);
});
