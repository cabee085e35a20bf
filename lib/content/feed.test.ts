import { statSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildNewsFeed } from './feed';

type Enclosure = { url: string; length: string; type: string };
type Item = { title: string; enclosure?: Enclosure };

const items = (): Item[] => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
  return [parser.parse(buildNewsFeed()).rss.channel.item].flat();
};

describe('buildNewsFeed', () => {
  it('gives each image enclosure the real byte size of its file under public/', () => {
    const withFiles = items().filter((item) => !item.enclosure?.url.endsWith('/opengraph-image'));
    expect(withFiles.length).toBeGreaterThan(0);
    for (const { enclosure } of withFiles) {
      const file = path.join(process.cwd(), 'public', new URL(enclosure!.url).pathname);
      expect(Number(enclosure!.length), enclosure!.url).toBe(statSync(file).size);
      expect(Number(enclosure!.length)).toBeGreaterThan(0);
    }
  });

  it('says 0, as the RSS profile asks, for a headline card, whose size is not known', () => {
    const cards = items().filter((item) => item.enclosure?.url.endsWith('/opengraph-image'));
    expect(cards.length).toBeGreaterThan(0);
    for (const { enclosure } of cards)
      expect(enclosure).toMatchObject({ length: '0', type: 'image/png' });
  });
});
