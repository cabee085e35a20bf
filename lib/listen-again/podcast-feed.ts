import { Podcast } from 'podcast';
import type { Show } from '@/lib/schedule/schema';
import type { EpisodeRecord } from './episode';
import { episodeTitle } from './title';
import { episodeAudioPath, episodeChaptersPath, episodePath, podcastPath } from './paths';

/**
 * A show's podcast: RSS 2.0 with the iTunes and Podcasting 2.0 namespaces, written by the
 * `podcast` package, one item per listed episode (newest first) with its audio as the enclosure
 * (its real size and type), `itunes:duration` from ffprobe, and `podcast:chapters` pointing at the
 * JSON chapters made from the airing's tracks.
 * @see https://podcasters.apple.com/support/823-podcast-requirements
 * @see https://podcastindex.org/namespace/1.0#chapters
 */
export type PodcastChannel = {
  siteUrl: string;
  stationName: string;
  locale: string;
  /** The station's square artwork (a bitmap: podcast apps take no SVG). */
  artwork: string;
  days: number;
};

export function podcastFeed(
  show: Show,
  episodes: readonly EpisodeRecord[],
  channel: PodcastChannel,
): string {
  const url = (path: string) => new URL(path, channel.siteUrl).toString();
  const author = show.presenters.length > 0 ? show.presenters.join(', ') : channel.stationName;
  const feed = new Podcast({
    title: `${show.name} (${channel.stationName})`,
    description: `${show.description} Each programme stays here for ${channel.days} days after it is broadcast.`,
    feedUrl: url(podcastPath(show.id)),
    siteUrl: url(`/shows/${show.id}`),
    imageUrl: url(channel.artwork),
    author: channel.stationName,
    language: channel.locale,
    generator: channel.stationName,
    ttl: 60,
    itunesAuthor: author,
    itunesOwner: { name: channel.stationName, email: '' },
    itunesType: 'episodic',
    itunesExplicit: false,
    itunesCategory: [{ text: 'Music' }],
    itunesImage: url(channel.artwork),
    namespaces: { iTunes: true, podcast: true, simpleChapters: false },
  });
  for (const record of episodes) {
    const title = episodeTitle(show, record);
    feed.addItem({
      title,
      description: `${show.description} Broadcast on ${channel.stationName}.`,
      url: url(episodePath(show.id, record.id)),
      guid: `${channel.siteUrl.replace(/\/$/, '')}/episodes/${show.id}/${record.id}`,
      date: new Date(record.end),
      enclosure: {
        url: url(episodeAudioPath(show.id, record.id)),
        size: record.bytes,
        type: 'audio/mpeg',
      },
      itunesTitle: title,
      itunesDuration: Math.round(record.durationS),
      itunesEpisodeType: 'full',
      customElements: [
        {
          'podcast:chapters': {
            _attr: {
              url: url(episodeChaptersPath(show.id, record.id)),
              type: 'application/json+chapters',
            },
          },
        },
      ],
    });
  }
  return feed.buildXml({ indent: '  ' });
}
