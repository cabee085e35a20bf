import { Readable } from 'node:stream';
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap';

/**
 * `/sitemap.xml`, made with the `sitemap` package: one file of every page while they fit the
 * protocol's 50,000 URLs, past that an index of files of 50,000 each (`/sitemap/<n>.xml`,
 * counting from 1).
 * @see https://www.sitemaps.org/protocol.html#index
 */
export const SITEMAP_URL_LIMIT = 50_000;

export type SitemapEntry = {
  path: string;
  lastmod?: string;
  changefreq?: 'hourly' | 'daily' | 'weekly';
};

export const sitemapPartPath = (n: number) => `/sitemap/${n}.xml`;

export function sitemapPartCount(entries: number, limit = SITEMAP_URL_LIMIT): number {
  return Math.max(1, Math.ceil(entries / limit));
}

/** The file at `/sitemap.xml`: every entry, or the index of the parts. */
export function sitemapRoot(
  entries: readonly SitemapEntry[],
  siteUrl: string,
  limit = SITEMAP_URL_LIMIT,
): Promise<string> {
  const parts = sitemapPartCount(entries.length, limit);
  if (parts === 1) return urlset(entries, siteUrl);
  const urls = Array.from({ length: parts }, (_, i) => new URL(sitemapPartPath(i + 1), siteUrl));
  return write(new SitemapIndexStream(), urls.map(String));
}

/** Part `n` (from 1) of a split sitemap, or undefined when there is no such part. */
export function sitemapPart(
  entries: readonly SitemapEntry[],
  siteUrl: string,
  n: number,
  limit = SITEMAP_URL_LIMIT,
): Promise<string> | undefined {
  const parts = sitemapPartCount(entries.length, limit);
  if (parts === 1 || !Number.isInteger(n) || n < 1 || n > parts) return undefined;
  return urlset(entries.slice((n - 1) * limit, n * limit), siteUrl);
}

function urlset(entries: readonly SitemapEntry[], siteUrl: string) {
  const items = entries.map(({ path, ...rest }) => ({ url: path, ...rest }));
  return write(new SitemapStream({ hostname: siteUrl }), items);
}

async function write(stream: SitemapStream | SitemapIndexStream, items: readonly unknown[]) {
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString();
}
