import type { MetadataRoute } from 'next';
import { articlePath, getAllArticles, getListing, getListings } from '@/lib/content/articles';
import { listingPagePath, listingPath } from '@/lib/content/taxonomy';
import { siteUrl } from '@/lib/config';
import { schedule } from '@/lib/schedule/load';
import { showPath } from '@/lib/shows/paths';

export default function sitemap(): MetadataRoute.Sitemap {
  const url = (path: string) => new URL(path, siteUrl).toString();
  const articles = getAllArticles();
  return [
    { url: url('/'), changeFrequency: 'hourly' },
    { url: url('/news'), changeFrequency: 'hourly' },
    { url: url('/schedule'), changeFrequency: 'weekly' },
    { url: url('/shows'), changeFrequency: 'weekly' },
    ...schedule.shows.map((show) => ({
      url: url(showPath(show.id)),
      changeFrequency: 'daily' as const,
    })),
    // Sections and tags, every page of each.
    ...[...getListings().sections, ...getListings().tags].flatMap((listing) => {
      const { pageCount } = getListing(listing.kind, listing.slug)!;
      return Array.from({ length: pageCount }, (_, i) => ({
        url: url(listingPagePath(listingPath(listing), i + 1)),
        changeFrequency: 'daily' as const,
      }));
    }),
    ...articles.map((article) => ({
      url: url(articlePath(article.slug)),
      lastModified: article.updatedAt ?? article.publishedAt,
    })),
  ];
}
