import { Readable } from 'node:stream';
import { SitemapStream, streamToPromise } from 'sitemap';

/**
 * The Google News sitemap: the stories published in the last 48 hours, with the publication's
 * name and language, each story's publication date and title, made with the `sitemap` package.
 * @see https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap
 */
export const NEWS_WINDOW_MS = 48 * 3_600_000;
/** Google reads at most this many URLs of a news sitemap. */
export const NEWS_SITEMAP_LIMIT = 1_000;

type Story = { path: string; title: string; publishedAt: string };

/** The stories in the window, newest first, at most NEWS_SITEMAP_LIMIT of them. */
export function storiesInWindow<T extends Pick<Story, 'publishedAt'>>(
  stories: readonly T[],
  now: Date,
) {
  return stories
    .filter((story) => {
      const age = +now - Date.parse(story.publishedAt);
      return age >= 0 && age <= NEWS_WINDOW_MS;
    })
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .slice(0, NEWS_SITEMAP_LIMIT);
}

// The library refuses to write a sitemap with no URLs; with no news in two days, this is it.
const EMPTY =
  '<?xml version="1.0" encoding="UTF-8"?>' +
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"' +
  ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"></urlset>';

export async function newsSitemap({
  stories,
  siteUrl,
  publication,
}: {
  stories: readonly Story[];
  siteUrl: string;
  publication: { name: string; language: string };
}): Promise<string> {
  if (stories.length === 0) return EMPTY;
  const stream = new SitemapStream({
    hostname: siteUrl,
    xmlns: { news: true, xhtml: false, image: false, video: false },
  });
  const entries = stories.map((story) => ({
    url: story.path,
    news: {
      publication,
      publication_date: story.publishedAt,
      title: story.title,
    },
  }));
  return (await streamToPromise(Readable.from(entries).pipe(stream))).toString();
}
