import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * Search over the stories and shows: /search runs it in the browser over the index the build
 * wrote from the content (scripts/search/build-index.mts); no other page loads any of it.
 */
const GMP = '/news/gmp-welcomes-baroness-casey-recommendations';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The stories whose body (not headline, standfirst or tags) has `word`, by slug. */
function storiesWithWordInBody(word: string): string[] {
  const dir = path.resolve('content/articles');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .filter((name) => {
      const body = readFileSync(path.join(dir, name), 'utf8').split(/^---$/m)[2] ?? '';
      return new RegExp(`\\b${word}\\b`, 'i').test(body);
    })
    .map((name) => name.replace(/\.mdx$/, ''));
}

const searchBox = (page: Page) =>
  page
    .getByRole('search', { name: 'Search' })
    .getByRole('searchbox', { name: 'Stories and shows' });
const results = (page: Page) => page.getByRole('list', { name: 'Results' }).getByRole('listitem');

async function searchFor(page: Page, words: string) {
  await searchBox(page).fill(words);
  await expect(page.getByRole('status').filter({ hasText: `for “${words}”` })).toBeVisible();
}

test('a word found only in one story’s body finds that story first', async ({ page }) => {
  // "Minshull" (the court) is in the GMP statement's text, and no other story's: the test says so
  // first, so it cannot pass on a word that is everywhere.
  expect(storiesWithWordInBody('Minshull')).toEqual([
    'gmp-welcomes-baroness-casey-recommendations',
  ]);
  await page.goto('/search');
  await searchFor(page, 'minshull');
  const first = results(page).first();
  await expect(first.getByRole('heading')).toHaveText(
    "GMP welcomes Baroness Casey's recommendations following review into CSE",
  );
  await expect(first).toContainText('News · 16 June 2025', { ignoreCase: true });
  await expect(first).toContainText('openness and transparency');
  // The words are in the address: a reload, or a shared link, searches again.
  await expect(page).toHaveURL(/\/search\?q=minshull$/);
  await page.reload();
  await expect(results(page).first().getByRole('heading')).toContainText('GMP welcomes');
  await first.getByRole('link').click();
  await expect(page).toHaveURL(GMP);
});

test('search’s index files, named by their content, are kept by the browser for good', async ({
  page,
}) => {
  const answers = new Map<string, string | undefined>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/pagefind/')) {
      answers.set(url.pathname, response.headers()['cache-control']);
    }
  });
  await page.goto('/search');
  await searchFor(page, 'minshull');
  const hashed = [...answers].filter(([file]) => /_[0-9a-f]{7,}\.pf_\w+$/.test(file));
  // The search's metadata, at least one index chunk and the result's fragment.
  expect(hashed.map(([file]) => file.split('.').at(-1))).toEqual(
    expect.arrayContaining(['pf_meta', 'pf_index', 'pf_fragment']),
  );
  for (const [file, cacheControl] of hashed) {
    expect(cacheControl, file).toBe('public, max-age=31536000, immutable');
  }
  // Files that keep their name from build to build are asked about again each time.
  expect(answers.get('/pagefind/pagefind.js')).toMatch(/max-age=0/);
});

test('a show’s name finds the show, with its times', async ({ page }) => {
  await page.goto('/search?q=drivetime');
  const show = results(page).filter({ has: page.getByRole('link', { name: 'Drivetime' }) });
  await expect(show).toContainText('Show');
  await expect(show).toContainText(/Weekdays, \d+:\d\d[ap]m - \d+:\d\d[ap]m \(UK time\)/);
  await expect(show.getByRole('link')).toHaveAttribute('href', '/shows/drivetime');
  // And a word nobody wrote finds nothing, and says so.
  await searchBox(page).fill('zyzzogeton');
  await expect(
    page.getByRole('status').filter({ hasText: 'Nothing found for “zyzzogeton”' }),
  ).toBeVisible();
});

test('the masthead links to search, on a desktop and in the phone Menu', async ({ page }) => {
  await page.goto('/schedule');
  await page
    .getByRole('navigation', { name: 'Primary' })
    .getByRole('link', { name: 'Search' })
    .click();
  await expect(page).toHaveURL('/search');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');

  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/schedule');
  const nav = page.getByRole('navigation', { name: 'Primary' });
  await nav.getByText('Menu').click();
  await nav.getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL('/search');
});

test('no page but /search loads any search JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().includes('/pagefind/')) {
      scripts.push(request.url());
    }
  });
  await page.goto(GMP);
  await page.waitForLoadState('load');
  expect(scripts.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  for (const url of scripts) {
    const source = await (await page.request.get(url)).text();
    expect(source, url).not.toContain('pagefind');
  }
});

test('without JavaScript, the search page says why and gives the ways in', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    // The form still works: a plain GET to /search.
    await page.goto('/search');
    await searchBox(page).fill('minshull');
    await searchBox(page).press('Enter');
    await expect(page).toHaveURL(/\/search\?q=minshull$/);
    // What a reader without JavaScript is shown: the page's <noscript>. (Chromium with scripts
    // turned off from outside, as here, still parses <noscript> as if scripts ran, so it is read
    // from the page rather than seen.)
    const note = await page.locator('main noscript').evaluate((element) => element.innerHTML);
    expect(note).toContain('Search needs JavaScript, which is off in your browser.');
    expect(note).toContain('the search runs in your browser rather than on our server');
    for (const [name, href] of [
      ['All the news, newest first', '/news'],
      ['Every show', '/shows'],
      ['programme schedule', '/schedule'],
      ['What played today', '/played'],
    ]) {
      expect(note).toContain(name);
      expect(note).toContain(`href="${href}"`);
    }
  } finally {
    await context.close();
  }
});

for (const viewport of [
  { width: 375, height: 812 },
  { width: 1280, height: 900 },
]) {
  test(`/search with results has no WCAG 2.2 A/AA violations at ${viewport.width} px`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/search');
    await searchFor(page, 'late night');
    await expect(results(page).first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(
      violations.flatMap(({ id, nodes }) => nodes.map((node) => `${id} at ${node.target}`)),
    ).toEqual([]);
  });
}
