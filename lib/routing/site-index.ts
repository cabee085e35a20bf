import 'server-only';
import { articlePath, getAllArticles, getListing, getListings } from '@/lib/content/articles';
import { pageCountFor } from '@/lib/content/paging';
import type { SitemapEntry } from '@/lib/content/sitemap';
import { listingPagePath, listingPath } from '@/lib/content/taxonomy';
import { station } from '@/lib/config';
import { hasListenAgain, listedEpisodeAiring } from '@/lib/listen-again/listed';
import { schedule } from '@/lib/schedule/load';
import { showPath } from '@/lib/shows/paths';
import type { SitePaths } from './site-paths';

/**
 * The addresses under /news and /shows that are pages, from the same validated stories and
 * schedule the pages are made from: the front door routes by it (./site-paths.ts). Made once per
 * process; with 10,000 stories it is a set of slugs and two small maps.
 */
let made: SitePaths | undefined;

export function getSitePaths(): SitePaths {
  made ??= {
    stories: new Set(getAllArticles().map((article) => article.slug)),
    newsPageCount: pageCountFor(getAllArticles().length),
    sections: pageCounts('section'),
    tags: pageCounts('tag'),
    shows: new Set(schedule.shows.map((show) => show.id)),
    listenAgain: new Set(
      schedule.shows
        .filter((show) => hasListenAgain(schedule, station.listenAgainDays, show.id))
        .map((show) => show.id),
    ),
    isEpisode: (showId, id, now) =>
      !!listedEpisodeAiring(schedule, station.listenAgainDays, showId, id, now),
  };
  return made;
}

function pageCounts(kind: 'section' | 'tag'): Map<string, number> {
  const listings = kind === 'section' ? getListings().sections : getListings().tags;
  return new Map(listings.map(({ slug }) => [slug, getListing(kind, slug)!.pageCount]));
}

/**
 * Every page, for the sitemap: the fixed pages, shows, each page of each listing (their counts
 * from the index above), the stories. Made once per process, like the index.
 */
let entries: SitemapEntry[] | undefined;

export function getSitemapEntries(): SitemapEntry[] {
  const { sections, tags } = getSitePaths();
  const listingPages = (kind: 'section' | 'tag', counts: ReadonlyMap<string, number>) =>
    (kind === 'section' ? getListings().sections : getListings().tags).flatMap((listing) =>
      Array.from({ length: counts.get(listing.slug) ?? 1 }, (_, i) => ({
        path: listingPagePath(listingPath(listing), i + 1),
        changefreq: 'daily' as const,
      })),
    );
  entries ??= [
    { path: '/', changefreq: 'hourly' },
    { path: '/news', changefreq: 'hourly' },
    { path: '/schedule', changefreq: 'weekly' },
    { path: '/played', changefreq: 'hourly' },
    { path: '/shows', changefreq: 'weekly' },
    ...schedule.shows.map((show) => ({ path: showPath(show.id), changefreq: 'daily' as const })),
    ...listingPages('section', sections),
    ...listingPages('tag', tags),
    ...getAllArticles().map((article) => ({
      path: articlePath(article.slug),
      lastmod: article.updatedAt ?? article.publishedAt,
    })),
  ];
  return entries;
}
