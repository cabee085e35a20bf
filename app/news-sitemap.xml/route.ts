import { otherMethodsNotAllowed } from '@/lib/http/method-not-allowed';
import { cacheLife } from 'next/cache';
import { connection } from 'next/server';
import { secondsUntil } from '@/lib/cache/live-tags';
import { siteUrl, station } from '@/lib/config';
import { articlePath, getAllArticles } from '@/lib/content/articles';
import { NEWS_WINDOW_MS, newsSitemap, storiesInWindow } from '@/lib/content/news-sitemap';

/** `/news-sitemap.xml`: the stories of the last 48 hours, for Google News (see robots.txt). */
export async function GET() {
  // Answered from the cached sitemap below, not prerendered (see app/schedule.ics/route.ts).
  await connection();
  return new Response(await newsSitemapText(), {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      // Crawlers and caches may keep it a few minutes: a new story should reach it soon.
      'Cache-Control': 'public, max-age=300',
    },
  });
}

async function newsSitemapText(): Promise<string> {
  'use cache';
  const now = new Date();
  const articles = getAllArticles();
  // Made again when a story leaves the window or a story dated ahead comes into it; hourly at most.
  const changes = articles
    .flatMap((article) => [
      Date.parse(article.publishedAt),
      Date.parse(article.publishedAt) + NEWS_WINDOW_MS,
    ])
    .filter((at) => at > +now);
  cacheLife({
    revalidate: Math.min(3600, ...changes.map((at) => secondsUntil(new Date(at), now))),
    expire: 86_400,
  });
  return newsSitemap({
    stories: storiesInWindow(articles, now).map((article) => ({
      path: articlePath(article.slug),
      title: article.title,
      publishedAt: article.publishedAt,
    })),
    siteUrl,
    publication: { name: station.name, language: 'en' },
  });
}

export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed('GET, HEAD');
