import type { MetadataRoute } from 'next';
import { articlePath, getAllArticles, getListing, getListings } from '@/lib/content/articles';
import { listingPagePath, listingPath } from '@/lib/content/taxonomy';
import { absoluteUrl } from '@/lib/config';
import { schedule } from '@/lib/schedule/load';
import { showPath } from '@/lib/shows/paths';

export default function sitemap(): MetadataRoute.Sitemap {
  const articles = getAllArticles();
  return [
    { url: absoluteUrl('/'), changeFrequency: 'hourly' },
    { url: absoluteUrl('/news'), changeFrequency: 'hourly' },
    { url: absoluteUrl('/schedule'), changeFrequency: 'weekly' },
    { url: absoluteUrl('/shows'), changeFrequency: 'weekly' },
    ...schedule.shows.map((show) => ({
      url: absoluteUrl(showPath(show.id)),
      changeFrequency: 'daily' as const,
    })),
    // Sections and tags, every page of each.
    ...[...getListings().sections, ...getListings().tags].flatMap((listing) => {
      const { pageCount } = getListing(listing.kind, listing.slug)!;
      return Array.from({ length: pageCount }, (_, i) => ({
        url: absoluteUrl(listingPagePath(listingPath(listing), i + 1)),
        changeFrequency: 'daily' as const,
      }));
    }),
    ...articles.map((article) => ({
      url: absoluteUrl(articlePath(article.slug)),
      lastModified: article.updatedAt ?? article.publishedAt,
    })),
  ];
}
