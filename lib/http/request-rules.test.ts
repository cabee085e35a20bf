import { describe, expect, it } from 'vitest';
import {
  cacheableNotFound,
  hashedFileCacheControl,
  hasMalformedPath,
  IMMUTABLE_CACHE_CONTROL,
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

describe('hashedFileCacheControl', () => {
  it('lets browsers keep search files named by their content, answered whole or not modified', () => {
    for (const file of [
      '/pagefind/pagefind.en_68ff2f2cd6.pf_meta',
      '/pagefind/index/en_1a2b3c4.pf_index',
      '/pagefind/fragment/en_0f915d0.pf_fragment',
      '/pagefind/filter/en_9c8b7a6.pf_filter',
      '/pagefind/index/en_1a2b3c4.pf_index?v=1',
    ]) {
      const choose = hashedFileCacheControl(file);
      expect(choose?.(200), file).toBe(IMMUTABLE_CACHE_CONTROL);
      expect(choose?.(304), file).toBe(IMMUTABLE_CACHE_CONTROL);
      expect(choose?.(404), file).toBeUndefined();
    }
  });

  it('leaves files that keep their name from build to build, and everything else', () => {
    for (const file of [
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.en.pagefind',
      '/pagefind/pagefind-worker.js',
      '/pagefind/index/en_xyz.pf_index',
      '/news/en_1a2b3c4.pf_index',
      '/pagefind/../news/en_1a2b3c4.pf_index',
      undefined,
    ]) {
      expect(hashedFileCacheControl(file), file).toBeUndefined();
    }
  });
});
