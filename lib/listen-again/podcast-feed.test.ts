import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Show } from '@/lib/schedule/schema';
import type { EpisodeRecord } from './episode';
import { podcastFeed } from './podcast-feed';

const show: Show = {
  id: 'drivetime',
  name: 'Drivetime',
  presenters: ['Ryan', 'Aisha'],
  description: 'Getting Oldham home with traffic on the M60 and A62, local news & sport.',
};
const episode = (start: string, end: string): EpisodeRecord => ({
  show: 'drivetime',
  id: `${start.slice(0, 10)}-${start.slice(11, 13)}${start.slice(14, 16)}-utc`,
  start,
  end,
  recorded: [{ from: start, to: end }],
  durationS: 10_799.5,
  bytes: 172_800_000,
  madeAt: end,
});
const channel = {
  siteUrl: 'https://www.oldhamreporter.example',
  stationName: 'Oldham Community Radio',
  locale: 'en-GB',
  artwork: '/station-artwork.png',
  days: 7,
};

describe('podcastFeed', () => {
  const xml = podcastFeed(
    show,
    [
      episode('2026-12-02T16:00:00.000Z', '2026-12-02T19:00:00.000Z'),
      episode('2026-12-01T16:00:00.000Z', '2026-12-01T19:00:00.000Z'),
    ],
    channel,
  );
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
  const rss = parsed.rss;
  const items = rss.channel.item;

  it('declares the iTunes and Podcasting 2.0 namespaces', () => {
    expect(rss['@xmlns:itunes']).toBe('http://www.itunes.com/dtds/podcast-1.0.dtd');
    expect(rss['@xmlns:podcast']).toBe('https://podcastindex.org/namespace/1.0');
    expect(rss['@version']).toBe('2.0');
  });

  it('describes the show, with its artwork and language', () => {
    expect(rss.channel.title).toBe('Drivetime (Oldham Community Radio)');
    expect(rss.channel.language).toBe('en-GB');
    expect(rss.channel['itunes:image']['@href']).toBe(
      'https://www.oldhamreporter.example/station-artwork.png',
    );
    expect(rss.channel['itunes:author']).toBe('Ryan, Aisha');
  });

  it('has an item per episode, newest first, each with its audio, length and chapters', () => {
    expect(items).toHaveLength(2);
    const [first] = items;
    expect(first.title).toBe('Drivetime, Wednesday 2 December, 4:00pm GMT');
    expect(first.enclosure).toEqual({
      '@url': 'https://www.oldhamreporter.example/listen-again/drivetime/2026-12-02-1600-utc.mp3',
      '@length': '172800000',
      '@type': 'audio/mpeg',
    });
    expect(first['itunes:duration']).toBe('03:00:00');
    expect(first.pubDate).toBe('Wed, 02 Dec 2026 19:00:00 GMT');
    expect(first.guid['#text']).toBe(
      'https://www.oldhamreporter.example/episodes/drivetime/2026-12-02-1600-utc',
    );
    expect(first['podcast:chapters']).toEqual({
      '@url':
        'https://www.oldhamreporter.example/listen-again/drivetime/2026-12-02-1600-utc.chapters.json',
      '@type': 'application/json+chapters',
    });
  });

  it('carries text as it is, in XML that parses', () => {
    expect(rss.channel.description).toMatch(/^Getting Oldham home .* local news & sport\. Each/);
  });
});
