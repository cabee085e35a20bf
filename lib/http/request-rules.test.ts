import { describe, expect, it } from 'vitest';
import {
  cacheableNotFound,
  hasMalformedPath,
  NOT_FOUND_CACHE_CONTROL,
  representableMethod,
  STAND_IN_METHOD,
  withoutTrailingSlash,
} from './request-rules';

describe('hasMalformedPath', () => {
  it.each(['/news/%ff', '/news/%c0%af', '/news/%', '/news/page/%zz', '/%e2%82'])(
    'finds %s malformed',
    (target) => expect(hasMalformedPath(target)).toBe(true),
  );

  it.each(['/', '/news/caf%C3%A9', '/news/a%2Fb', '/news?x=%ff', '/news#%', undefined])(
    'lets %s through',
    (target) => expect(hasMalformedPath(target)).toBe(false),
  );
});

describe('representableMethod', () => {
  it('hands TRACE on as the stand-in, and everything else as it came', () => {
    expect(representableMethod('TRACE')).toBe(STAND_IN_METHOD);
    for (const method of ['GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS']) {
      expect(representableMethod(method)).toBe(method);
    }
  });
});

describe('cacheableNotFound', () => {
  const nextDefault = 'private, no-cache, no-store, max-age=0, must-revalidate';

  it('lets a shared cache keep the not-found page for a minute', () => {
    expect(cacheableNotFound(404, nextDefault)).toBe(NOT_FOUND_CACHE_CONTROL);
    expect(NOT_FOUND_CACHE_CONTROL).toContain('s-maxage=60');
  });

  it('leaves other statuses, and 404s an API answered with its own header, alone', () => {
    expect(cacheableNotFound(200, nextDefault)).toBeUndefined();
    expect(cacheableNotFound(500, nextDefault)).toBeUndefined();
    expect(cacheableNotFound(404, 'no-store')).toBeUndefined();
    expect(cacheableNotFound(404, undefined)).toBeUndefined();
  });
});

describe('withoutTrailingSlash', () => {
  it('lets a web hook post to the path with a trailing slash', () => {
    expect(withoutTrailingSlash('POST', '/api/now-playing/')).toBe('/api/now-playing');
    expect(withoutTrailingSlash('POST', '/api/now-playing//?x=1')).toBe('/api/now-playing?x=1');
    expect(withoutTrailingSlash('DELETE', '/api/alerts/3/')).toBe('/api/alerts/3');
  });

  it('leaves readers’ GETs to Next’s redirect, and the root alone', () => {
    expect(withoutTrailingSlash('GET', '/news/')).toBe('/news/');
    expect(withoutTrailingSlash('HEAD', '/news/')).toBe('/news/');
    expect(withoutTrailingSlash('POST', '/')).toBe('/');
    expect(withoutTrailingSlash('POST', '/api/now-playing')).toBe('/api/now-playing');
  });
});
