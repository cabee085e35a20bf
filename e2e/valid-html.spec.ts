import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { findHtmlErrors } from './support/nu-html-checker';

/**
 * Every page is valid HTML (issue 23): each address the sitemap lists, and the 404 page, as the
 * server sends it, checked by the Nu HTML checker in one run of Java.
 */

// Pages asked for at once: enough to keep the server busy, few enough to leave the lanes beside
// it room on a 2-core machine.
const FETCHES_AT_ONCE = 4;
// Time allowed: Java's start and the sitemap, then each page fetched and checked. It grows with
// the site, so a bigger site is no failure, and has room for a machine busy with other lanes:
// 61 pages took 90 s with a load average of 24 on 2 cores (40 s at 10).
const BUDGET_MS = { fixed: 120_000, perPage: 3_000 };

type Loc = { loc: string };
const xml = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });

// The sitemap names the public site (SITE_URL): ask the server under test for the same path.
const pathOf = (loc: string) => {
  const url = new URL(loc);
  return `${url.pathname}${url.search}`;
};

/** The paths of the pages the sitemap lists, read through its parts when it is an index. */
async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const read = async (sitemapPath: string) => {
    const response = await request.get(sitemapPath);
    expect(response.status(), sitemapPath).toBe(200);
    return xml.parse(await response.text());
  };
  const root = await read('/sitemap.xml');
  const urlsets = root.sitemapindex
    ? await Promise.all(
        root.sitemapindex.sitemap.map(async ({ loc }: Loc) => (await read(pathOf(loc))).urlset),
      )
    : [root.urlset];
  return urlsets.flatMap((urlset: { url: Loc[] }) => urlset.url.map(({ loc }) => pathOf(loc)));
}

/** `fn` over `items`, at most `limit` at a time, results in order. */
async function mapAtMost<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
) {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await fn(items[i]!, i);
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

test('every page in the sitemap, the search page and the 404 page are valid HTML', async ({
  request,
}) => {
  const listed = await sitemapPaths(request);
  expect(listed.length).toBeGreaterThan(0);
  test.setTimeout(BUDGET_MS.fixed + (listed.length + 1) * BUDGET_MS.perPage);

  const pages = [
    ...listed.map((pagePath) => ({ pagePath, status: 200 })),
    // Search is not a page to list for crawlers, but it is a page.
    { pagePath: '/search', status: 200 },
    { pagePath: '/no-such-page-anywhere', status: 404 },
  ];
  const dir = mkdtempSync(path.join(tmpdir(), 'valid-html-'));
  try {
    const files = await mapAtMost(pages, FETCHES_AT_ONCE, async ({ pagePath, status }, i) => {
      const response = await request.get(pagePath);
      expect(response.status(), pagePath).toBe(status);
      expect(response.headers()['content-type'], pagePath).toMatch(/^text\/html/);
      // Named by position: the checker reports file URLs, mapped back to pages below.
      const file = path.join(dir, `page-${i}.html`);
      writeFileSync(file, await response.body());
      return file;
    });

    const pageOf = new Map(files.map((file, i) => [path.basename(file), pages[i]!.pagePath]));
    const errors = (await findHtmlErrors(files)).map((m) => {
      const page = pageOf.get(path.basename(m.url ?? '')) ?? m.url ?? '(no file)';
      const extract = m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim()}` : '';
      return `${page}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.type}: ${m.message}${extract}`;
    });
    expect(
      errors.length,
      `${errors.length} HTML errors in ${pages.length} pages:\n${errors.join('\n')}`,
    ).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
