import { schedule } from '@/lib/schedule/load';
import { findShow } from '@/lib/shows/airings';
import { showPath } from '@/lib/shows/paths';
import 'server-only';
import { Feed } from 'feed';
import { articlePath, getAllArticles, sharedImagePath } from './articles';
import { absoluteUrl, siteUrl, station } from '@/lib/config';
import { imageType } from '@/lib/http/media-type';
import { publicFileSize } from './public-files';

const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';

/**
 * RSS 2.0 of every article, newest first; the `feed` package escapes titles and text. Bylines
 * go in `dc:creator`: RSS 2.0's own `<author>` is for an e-mail address, which we do not publish.
 * @see https://www.rssboard.org/rss-profile#namespace-elements-dublin-creator
 */
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
    feedLinks: { rss: absoluteUrl('/feed.xml') },
  });
  for (const article of articles) {
    const link = absoluteUrl(articlePath(article.slug));
    const imagePath = sharedImagePath(article);
    const image = absoluteUrl(imagePath);
    feed.addItem({
      title: article.title,
      id: link,
      link,
      description: article.standfirst,
      date: new Date(article.publishedAt),
      // The section, and the programmes the story is about (their pages as the domain).
      category: [
        { name: article.section },
        ...article.shows.flatMap((showId) => {
          const show = findShow(schedule, showId);
          return show ? [{ name: show.name, domain: absoluteUrl(showPath(showId)) }] : [];
        }),
      ],
      // The headline card is a PNG served without an extension, made by a route: its size is not
      // known here, and the RSS profile says 0 then. A file's is, once per process.
      // @see https://www.rssboard.org/rss-profile#element-channel-item-enclosure
      image: {
        url: image,
        type: imageType(image) ?? 'image/png',
        length: publicFileSize(imagePath) ?? 0,
      },
      extensions: [
        {
          name: 'dc:creator',
          objects: { _text: article.byline ?? article.source ?? station.name },
        },
      ],
    });
  }
  // The package declares the Dublin Core namespace only for full-text items; bylines need it too.
  return feed.rss2().replace('<rss version="2.0"', `<rss version="2.0" xmlns:dc="${DUBLIN_CORE}"`);
}
