import { describe, expect, it } from 'vitest';
import { shareLinks } from './share-links';

describe('shareLinks', () => {
  const links = shareLinks({
    url: 'https://www.oldhamreporter.co.uk/news/a-story?x=1&y=2',
    title: 'Caffè & “quotes” #1',
  });

  it('offers the usual networks and email', () => {
    expect(links.map((link) => link.network)).toEqual([
      'Facebook',
      'X',
      'WhatsApp',
      'Bluesky',
      'LinkedIn',
      'Email',
    ]);
  });

  it('encodes the address and title so nothing in them can break the link', () => {
    for (const { href } of links) {
      const url = new URL(href);
      const values = [...url.searchParams.values()].join(' ');
      expect(values).toContain('https://www.oldhamreporter.co.uk/news/a-story?x=1&y=2');
      expect(href).not.toMatch(/[ “”#&]y=2/);
    }
    const email = new URL(links.at(-1)!.href);
    expect(email.protocol).toBe('mailto:');
    expect(email.searchParams.get('subject')).toBe('Caffè & “quotes” #1');
  });
});
