import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { sitemapPart, sitemapRoot, type SitemapEntry } from './sitemap';

const SITE = 'https://radio.example.org';
const parse = (xml: string) => new XMLParser().parse(xml);
const entries = (n: number): SitemapEntry[] =>
  Array.from({ length: n }, (_, i) => ({ path: `/news/story-${i + 1}` }));
const locs = (urls: unknown) => [urls].flat().map((url) => (url as { loc: string }).loc);

describe('sitemap', () => {
  it('is one file of every page while they fit the limit', async () => {
    const root = parse(await sitemapRoot(entries(5), SITE, 5));
    expect(locs(root.urlset.url)).toHaveLength(5);
    expect(sitemapPart(entries(5), SITE, 1, 5)).toBeUndefined();
  });

  it('becomes an index of parts of at most the limit past it, every page once', async () => {
    const all = entries(12);
    const root = parse(await sitemapRoot(all, SITE, 5));
    expect(locs(root.sitemapindex.sitemap)).toEqual(
      [1, 2, 3].map((n) => `${SITE}/sitemap/${n}.xml`),
    );
    const parts = await Promise.all([1, 2, 3].map((n) => sitemapPart(all, SITE, n, 5)!));
    const listed = parts.flatMap((xml) => locs(parse(xml).urlset.url));
    expect(listed).toEqual(all.map((entry) => `${SITE}${entry.path}`));
    expect(parts.map((xml) => locs(parse(xml).urlset.url).length)).toEqual([5, 5, 2]);
    expect(sitemapPart(all, SITE, 4, 5)).toBeUndefined();
    expect(sitemapPart(all, SITE, 0, 5)).toBeUndefined();
  });
});
