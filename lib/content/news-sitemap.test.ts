import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { newsSitemap, storiesInWindow } from './news-sitemap';

const stories = [
  { path: '/news/new', title: 'New & “fresh” <story>', publishedAt: '2026-11-30T09:00:00+00:00' },
  { path: '/news/two-days', title: 'Two days', publishedAt: '2026-11-28T12:00:00+00:00' },
  { path: '/news/old', title: 'Old', publishedAt: '2026-11-27T12:00:00+00:00' },
  { path: '/news/future', title: 'Embargoed', publishedAt: '2026-12-01T09:00:00+00:00' },
];
const now = new Date('2026-11-30T12:00:00Z');

describe('storiesInWindow', () => {
  it('keeps the stories of the last 48 hours, none from the future', () => {
    expect(storiesInWindow(stories, now).map((s) => s.path)).toEqual([
      '/news/new',
      '/news/two-days',
    ]);
  });

  it('keeps the newest 1,000 where more were published in the window', () => {
    const busy = Array.from({ length: 1_200 }, (_, i) => ({
      path: `/news/s${i}`,
      publishedAt: new Date(+now - (i + 1) * 60_000).toISOString(),
    }));
    const kept = storiesInWindow(busy, now);
    expect(kept).toHaveLength(1_000);
    expect(kept[0]!.path).toBe('/news/s0');
    expect(kept.at(-1)!.path).toBe('/news/s999');
  });
});

describe('newsSitemap', () => {
  it('is a news sitemap a parser reads back, with every field Google asks for', async () => {
    const xml = await newsSitemap({
      stories: storiesInWindow(stories, now),
      siteUrl: 'https://www.oldhamreporter.co.uk',
      publication: { name: 'Oldham Reporter', language: 'en' },
    });
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    const parsed = new XMLParser().parse(xml);
    const urls = [parsed.urlset.url].flat();
    expect(urls).toHaveLength(2);
    // Escaped in the file (checked here), read back as written.
    expect(xml).toContain('New &amp; “fresh” &lt;story&gt;');
    expect(urls[0]).toEqual({
      loc: 'https://www.oldhamreporter.co.uk/news/new',
      'news:news': {
        'news:publication': { 'news:name': 'Oldham Reporter', 'news:language': 'en' },
        'news:publication_date': '2026-11-30T09:00:00+00:00',
        'news:title': 'New & “fresh” <story>',
      },
    });
  });

  it('is a valid, empty sitemap when nothing is new', async () => {
    const xml = await newsSitemap({
      stories: [],
      siteUrl: 'https://www.oldhamreporter.co.uk',
      publication: { name: 'Oldham Reporter', language: 'en' },
    });
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    expect(new XMLParser().parse(xml)).toEqual({ '?xml': '', urlset: '' });
  });
});
