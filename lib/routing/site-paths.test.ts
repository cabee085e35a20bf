import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_ROUTE_PATH, routePath, type SitePaths } from './site-paths';

const paths: SitePaths = {
  stories: new Set(['gmp-welcomes-baroness-casey-recommendations', 'how-to-listen-live']),
  newsPageCount: 3,
  sections: new Map([['programmes', 1]]),
  tags: new Map([
    ['music', 2],
    ['late-night-love-songs', 1],
  ]),
  shows: new Set(['late-night-love-songs', 'drivetime', 'overnight-oldham']),
  // Overnight Oldham has no listen again; Drivetime's one listed episode is the 1 December's.
  listenAgain: new Set(['late-night-love-songs', 'drivetime']),
  isEpisode: (showId, id) => showId === 'drivetime' && id === '2026-12-01-1600-utc',
};
const route = (target: string) => routePath(paths, target);
const notFound = (query = '') => ({ action: 'rewrite', url: `${NO_ROUTE_PATH}${query}` });

describe('routePath', () => {
  it.each([
    '/news',
    '/news/how-to-listen-live',
    '/news/how-to-listen-live/opengraph-image',
    '/news/gmp-welcomes-baroness-casey-recommendations',
    '/news/page/2',
    '/news/page/3',
    '/news/section/programmes',
    '/news/tag/music',
    '/news/tag/music/page/2',
    '/news/tag/late-night-love-songs',
    '/shows',
    '/shows/drivetime',
    '/shows/drivetime/podcast.xml',
    '/shows/drivetime/episodes/2026-12-01-1600-utc',
    '/',
    '/schedule',
    '/api/now-playing',
    '/feed.xml',
    '/_next/static/chunks/x.js',
  ])('serves %s as it is', (path) => expect(route(path)).toEqual({ action: 'serve' }));

  it.each([
    '/news/no-such-story',
    '/news/no-such-story/opengraph-image',
    '/news/how-to-listen-live-2',
    '/news/how',
    '/news/how-to-listen-live/extra',
    '/news/page',
    '/news/page/4',
    '/news/page/0',
    '/news/page/02',
    '/news/page/two',
    '/news/page/2/more',
    '/news/section',
    '/news/section/sport',
    '/news/section/programmes/extra',
    '/news/section/programmes/page',
    '/news/section/programmes/page/2',
    '/news/tag',
    '/news/tag/no-such-tag',
    '/news/tag/music/page/3',
    '/news/tag/late-night-love-songs/page/2',
    '/shows/no-such-show',
    '/shows/no-such-show.ics',
    '/shows/drive',
    '/shows/drivetime/extra',
    '/shows/drivetime.ics/calendar.ics',
    '/shows/overnight-oldham/podcast.xml',
    '/shows/drivetime/episodes/2026-12-02-1600-utc',
    '/shows/drivetime/episodes',
    '/shows/drivetime/episodes/2026-12-01-1600-utc/more',
    '/shows/drivetime.ics/podcast.xml',
  ])('sends %s to the not-found page', (path) => expect(route(path)).toEqual(notFound()));

  it('keeps the query of a request it sends to the not-found page (an RSC request, say)', () => {
    expect(route('/news/nothing?_rsc=abc')).toEqual(notFound('?_rsc=abc'));
  });

  it.each([
    ['/news/How-To-Listen-Live', '/news/how-to-listen-live'],
    ['/NEWS/how-to-listen-live/OpenGraph-Image', '/news/how-to-listen-live/opengraph-image'],
    ['/news/tag/MUSIC/page/2', '/news/tag/music/page/2'],
    ['/news/page/1', '/news'],
    ['/news/tag/music/page/1', '/news/tag/music'],
    ['/news/how-to-listen-live/', '/news/how-to-listen-live'],
    ['/news/how%2Dto%2Dlisten%2Dlive', '/news/how-to-listen-live'],
    ['/Shows/Drivetime', '/shows/drivetime'],
    ['/shows/Drivetime.ICS', '/shows/drivetime.ics'],
    ['/shows/drivetime/calendar.ics', '/shows/drivetime.ics'],
    ['/news/How-To-Listen-Live?utm=x', '/news/how-to-listen-live?utm=x'],
  ])('redirects %s to %s', (from, to) =>
    expect(route(from)).toEqual({ action: 'redirect', location: to }),
  );

  it('serves a show’s calendar from its route', () => {
    expect(route('/shows/drivetime.ics')).toEqual({
      action: 'rewrite',
      url: '/shows/drivetime/calendar.ics',
    });
  });

  it('never serves a path under /news or /shows that is not a page, nor redirects to one', () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9.%-]{1,60}$/);
    fc.assert(
      fc.property(
        fc.constantFrom('news', 'shows', 'NEWS'),
        fc.array(segment, { maxLength: 5 }),
        (area, rest) => {
          const verdict = route(`/${[area, ...rest].join('/')}`);
          if (verdict.action === 'redirect')
            expect(route(verdict.location)).toEqual({ action: 'serve' });
        },
      ),
    );
  });

  it('lets through the days of plays from 400 days ago to today, UK time, and no other', () => {
    // 00:30 on 4 December in London (GMT): already the 4th there.
    const now = new Date('2026-12-04T00:30:00Z');
    const played = (target: string) => routePath(paths, target, now);
    expect(played('/played')).toEqual({ action: 'serve' });
    expect(played('/played/2026-12-04')).toEqual({ action: 'serve' });
    expect(played('/played/2025-10-30')).toEqual({ action: 'serve' });
    expect(played('/Played/2026-12-03?x=1')).toEqual({
      action: 'redirect',
      location: '/played/2026-12-03?x=1',
    });
    for (const junk of [
      '/played/2026-12-05', // tomorrow
      '/played/2025-10-29', // 401 days ago
      '/played/2026-02-30',
      '/played/2026-2-3',
      '/played/today',
      '/played/2026-12-03/more',
    ]) {
      expect(played(junk), junk).toEqual(notFound());
    }
    // At 23:30 UTC on 3 June it is already the 4th in London (BST).
    expect(routePath(paths, '/played/2026-06-04', new Date('2026-06-03T23:30:00Z'))).toEqual({
      action: 'serve',
    });
  });

  it('costs the same whatever the size of the archive: look-ups, not patterns', () => {
    const big: SitePaths = {
      ...paths,
      stories: new Set(Array.from({ length: 10_000 }, (_, i) => `story-${'x'.repeat(50)}-${i}`)),
    };
    expect(routePath(big, `/news/story-${'x'.repeat(50)}-9999`)).toEqual({ action: 'serve' });
    expect(routePath(big, `/news/Story-${'x'.repeat(50)}-9999`)).toEqual({
      action: 'redirect',
      location: `/news/story-${'x'.repeat(50)}-9999`,
    });
    expect(routePath(big, `/news/story-${'x'.repeat(50)}-10000`)).toEqual(notFound());
  });
});
