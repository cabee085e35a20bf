import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { describe, expect, it } from 'vitest';
import { NO_ROUTE_PATH, showPathRewrites, unknownNewsPathRewrites } from './unknown-paths';

// The matcher Next.js builds rewrite sources with.
const rewrites = unknownNewsPathRewrites({
  slugs: ['gmp-welcomes-baroness-casey-recommendations', 'how-to-listen-live'],
  pageCount: 3,
  sections: [{ slug: 'programmes', pageCount: 1 }],
  tags: [
    { slug: 'music', pageCount: 2 },
    { slug: 'late-night-love-songs', pageCount: 1 },
  ],
});
const isRewritten = (path: string) =>
  rewrites.some(
    ({ source }) => getPathMatch(source, { removeUnnamedParams: true })(path) !== false,
  );

describe('unknownNewsPathRewrites', () => {
  it.each([
    '/news/no-such-story',
    '/news/no-such-story/opengraph-image',
    '/news/how-to-listen-live-2',
    '/news/how',
    '/news/page',
    '/news/page/4',
    '/news/page/99/opengraph-image',
    '/news/page/0',
    '/news/page/two',
    '/news/section',
    '/news/section/sport',
    '/news/section/programmes/extra',
    '/news/section/programmes/page',
    '/news/section/programmes/page/2',
    '/news/tag',
    '/news/tag/no-such-tag',
    '/news/tag/music/page/3',
    '/news/tag/music/page/2/more',
    '/news/tag/late-night-love-songs/page/2',
  ])('sends %s to the not-found page', (path) => expect(isRewritten(path)).toBe(true));

  it.each([
    '/news',
    '/news/how-to-listen-live',
    '/news/how-to-listen-live/opengraph-image',
    '/news/gmp-welcomes-baroness-casey-recommendations',
    '/news/page/1',
    '/news/page/2',
    '/news/page/3',
    '/news/section/programmes',
    '/news/section/programmes/page/1',
    '/news/tag/music',
    '/news/tag/music/page/2',
    '/news/tag/late-night-love-songs',
  ])('leaves %s to its route', (path) => expect(isRewritten(path)).toBe(false));
});

describe('showPathRewrites', () => {
  const rules = showPathRewrites({ showIds: ['late-night-love-songs', 'drivetime'] });
  /** Where the first rule that matches sends `path` (Next.js stops at the first), or null. */
  const destination = (path: string) => {
    for (const { source, destination } of rules) {
      const params = getPathMatch(source, { removeUnnamedParams: true })(path);
      if (params !== false) return destination.replace(':slug', String(params.slug));
    }
    return null;
  };

  it('sends a show’s .ics to its calendar route', () => {
    expect(destination('/shows/late-night-love-songs.ics')).toBe(
      '/shows/late-night-love-songs/calendar.ics',
    );
    expect(destination('/shows/drivetime.ics')).toBe('/shows/drivetime/calendar.ics');
  });

  it.each(['/shows/no-such-show', '/shows/no-such-show.ics', '/shows/drive', '/shows/x/y'])(
    'sends %s to the not-found page',
    (path) => expect(destination(path)).toBe(NO_ROUTE_PATH),
  );

  it.each(['/shows', '/shows/drivetime', '/shows/late-night-love-songs'])(
    'leaves %s to its route',
    (path) => expect(destination(path)).toBeNull(),
  );
});
