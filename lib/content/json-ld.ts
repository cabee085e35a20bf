import type { Article } from './articles';
import { articlePath, sharedImagePath } from './articles';
import { absoluteUrl, siteUrl, station } from '@/lib/config';

/**
 * schema.org NewsArticle for an article page.
 * @see https://developers.google.com/search/docs/appearance/structured-data/article
 */
export function newsArticleJsonLd(article: Article) {
  const url = absoluteUrl(articlePath(article.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.standfirst,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt ?? article.publishedAt,
    articleSection: article.section,
    keywords: article.tags,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    image: [absoluteUrl(sharedImagePath(article))],
    author: article.byline
      ? { '@type': 'Organization', name: article.byline, url: siteUrl }
      : { '@type': 'Organization', name: article.source },
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: station.name,
      url: siteUrl,
      logo: { '@type': 'ImageObject', url: absoluteUrl(station.logo) },
    },
  };
}

/**
 * Serialises JSON-LD for a <script> element; `<` is escaped so no text in it can close the tag.
 * @see https://nextjs.org/docs/app/guides/json-ld
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
