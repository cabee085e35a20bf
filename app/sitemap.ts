import type { MetadataRoute } from 'next';
import { articlePath, getAllArticles } from '@/lib/content/articles';
import { siteUrl } from '@/lib/config';

export default function sitemap(): MetadataRoute.Sitemap {
  const url = (path: string) => new URL(path, siteUrl).toString();
  const articles = getAllArticles();
  return [
    { url: url('/'), changeFrequency: 'hourly' },
    { url: url('/news'), changeFrequency: 'hourly' },
    { url: url('/schedule'), changeFrequency: 'weekly' },
    ...articles.map((article) => ({
      url: url(articlePath(article.slug)),
      lastModified: article.updatedAt ?? article.publishedAt,
    })),
  ];
}
