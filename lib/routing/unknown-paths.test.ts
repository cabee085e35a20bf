import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { describe, expect, it } from 'vitest';
import { unknownNewsPathRewrites } from './unknown-paths';

// The matcher Next.js builds rewrite sources with.
const rewrites = unknownNewsPathRewrites({
  slugs: ['gmp-welcomes-baroness-casey-recommendations', 'how-to-listen-live'],
  pageCount: 3,
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
  ])('sends %s to the not-found page', (path) => expect(isRewritten(path)).toBe(true));

  it.each([
    '/news',
    '/news/how-to-listen-live',
    '/news/how-to-listen-live/opengraph-image',
    '/news/gmp-welcomes-baroness-casey-recommendations',
    '/news/page/1',
    '/news/page/2',
    '/news/page/3',
  ])('leaves %s to its route', (path) => expect(isRewritten(path)).toBe(false));
});
