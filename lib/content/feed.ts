import 'server-only';
import { Feed } from 'feed';
import { articlePath, getAllArticles } from './articles';
import { siteUrl, station } from '@/lib/config';

/** RSS 2.0 of every article, newest first; the `feed` package escapes titles and text. */
export function buildNewsFeed(): string {
  const articles = getAllArticles();
  const feed = new Feed({
    title: station.name,
    description: station.description,
    id: siteUrl,
    link: siteUrl,
    language: 'en-GB',
    copyright: `${station.stationName}`,
    updated: articles[0] ? new Date(articles[0].updatedAt ?? articles[0].publishedAt) : undefined,
    feedLinks: { rss: new URL('/feed.xml', siteUrl).toString() },
  });
  for (const article of articles) {
    const link = new URL(articlePath(article.slug), siteUrl).toString();
    feed.addItem({
      title: article.title,
      id: link,
      link,
      description: article.standfirst,
      date: new Date(article.publishedAt),
      category: [{ name: article.section }],
      author: [{ name: article.byline ?? article.source ?? station.name }],
      image: article.image ? new URL(article.image.src, siteUrl).toString() : undefined,
    });
  }
  return feed.rss2();
}
