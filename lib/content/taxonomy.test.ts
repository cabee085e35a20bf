import { describe, expect, it } from 'vitest';
import { isListed, listingPagePath, listingsOf, sectionPath, slugify, tagPath } from './taxonomy';

describe('slugify', () => {
  it.each([
    ['Late Night Love Songs', 'late-night-love-songs'],
    ['Clock change', 'clock-change'],
    ['Café Mix', 'cafe-mix'],
    ['  Greater  Manchester Police ', 'greater-manchester-police'],
    ['Arts & Culture', 'arts-and-culture'],
    ["St Mary's", 'st-mary-s'],
    ['!!!', ''],
  ])('%s → %s', (name, slug) => expect(slugify(name)).toBe(slug));
});

describe('addresses', () => {
  it('puts sections and tags under /news, paged like the index', () => {
    expect(sectionPath('Programmes')).toBe('/news/section/programmes');
    expect(tagPath('Late Night Love Songs')).toBe('/news/tag/late-night-love-songs');
    expect(listingPagePath('/news/tag/music', 1)).toBe('/news/tag/music');
    expect(listingPagePath('/news/tag/music', 2)).toBe('/news/tag/music/page/2');
  });
});

describe('listingsOf', () => {
  const articles = [
    { section: 'Programmes', tags: ['Music', 'Late Night Love Songs'] },
    { section: 'Station', tags: ['music', 'Schedule'] },
    { section: 'Programmes', tags: ['!!!'] },
  ];

  it('lists each section and tag once, alphabetically, merging spellings of one slug', () => {
    const { sections, tags } = listingsOf(articles);
    expect(sections.map((s) => s.slug)).toEqual(['programmes', 'station']);
    expect(tags.map((t) => [t.slug, t.name])).toEqual([
      ['late-night-love-songs', 'Late Night Love Songs'],
      ['music', 'Music'],
      ['schedule', 'Schedule'],
    ]);
  });

  it('finds a listing’s stories by slug', () => {
    expect(articles.filter((a) => isListed(a, { kind: 'tag', slug: 'music' }))).toHaveLength(2);
    expect(
      articles.filter((a) => isListed(a, { kind: 'section', slug: 'programmes' })),
    ).toHaveLength(2);
  });
});
