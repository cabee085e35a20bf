import { describe, expect, it } from 'vitest';
import { PEER_ADDRESS_HEADER } from '@/lib/http/client-address';
import { MALFORMED_URL_PATH, STAND_IN_METHOD } from '@/lib/http/request-rules';
import { NO_ROUTE_PATH, type SitePaths } from '@/lib/routing/site-paths';
import { admit } from './front-door';

const HEADERS = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Content-Security-Policy', "default-src 'self'"],
] as const;
const PATHS: SitePaths = {
  stories: new Set(['how-to-listen-live']),
  newsPageCount: 1,
  sections: new Map(),
  tags: new Map(),
  shows: new Set(['drivetime']),
  listenAgain: new Set(['drivetime']),
  isEpisode: () => false,
};
const SETTINGS = { headers: HEADERS, paths: PATHS };

function arrive(method: string, url: string, headers: Record<string, string> = {}) {
  const request = { method, url, headers: { ...headers } as Record<string, string | undefined> };
  const set = new Map<string, string>();
  const written: number[] = [];
  const response = {
    statusCode: 200,
    setHeader: (name: string, value: string) => set.set(name.toLowerCase(), value),
    getHeader: (name: string) => set.get(name.toLowerCase()),
    writeHead(status: number) {
      written.push(status);
      return this;
    },
  };
  return { request, set, response, written };
}

describe('admit', () => {
  it('puts the security headers on every response', () => {
    const { request, response, set } = arrive('GET', '/');
    admit(request, response as never, '127.0.0.1', SETTINGS);
    expect(Object.fromEntries(set)).toEqual(
      Object.fromEntries(HEADERS.map(([name, value]) => [name.toLowerCase(), value])),
    );
  });

  it('records the socket peer, replacing whatever the client claimed', () => {
    const { request, response } = arrive('POST', '/api/now-playing', {
      [PEER_ADDRESS_HEADER]: '10.9.9.9',
    });
    admit(request, response as never, '203.0.113.5', SETTINGS);
    expect(request.headers[PEER_ADDRESS_HEADER]).toBe('203.0.113.5');

    const orphan = arrive('GET', '/', { [PEER_ADDRESS_HEADER]: '10.9.9.9' });
    admit(orphan.request, orphan.response as never, undefined, SETTINGS);
    expect(orphan.request.headers[PEER_ADDRESS_HEADER]).toBeUndefined();
  });

  it('sends undecodable paths to the not-found page and TRACE to a 405', () => {
    const broken = arrive('GET', '/news/%ff');
    admit(broken.request, broken.response as never, '::1', SETTINGS);
    expect(broken.request.url).toBe(MALFORMED_URL_PATH);

    const trace = arrive('TRACE', '/news');
    admit(trace.request, trace.response as never, '::1', SETTINGS);
    expect(trace.request).toMatchObject({ method: STAND_IN_METHOD, url: '/news' });
  });
});

describe('admit, routing', () => {
  it('sends unknown stories and shows to the not-found page, whatever the method', () => {
    for (const [method, url] of [
      ['GET', '/news/no-such-story?x=1'],
      ['POST', '/news/no-such-story'],
      ['HEAD', '/shows/no-such-show'],
    ] as const) {
      const { request, response } = arrive(method, url);
      expect(admit(request, response as never, '::1', SETTINGS)).toBeUndefined();
      expect(request.url).toMatch(new RegExp(`^${NO_ROUTE_PATH}`));
    }
  });

  it('returns the page’s own address for another spelling of it, and leaves pages alone', () => {
    const variant = arrive('GET', '/news/How-To-Listen-Live');
    expect(admit(variant.request, variant.response as never, '::1', SETTINGS)).toBe(
      '/news/how-to-listen-live',
    );
    const page = arrive('GET', '/news/how-to-listen-live');
    expect(admit(page.request, page.response as never, '::1', SETTINGS)).toBeUndefined();
    expect(page.request.url).toBe('/news/how-to-listen-live');
  });
});

describe('admit, as the response is written', () => {
  it('keeps an RSC answer without the _rsc cache-buster from every shared cache', () => {
    for (const url of ['/news/no-such-story', '/news/how-to-listen-live']) {
      const bare = arrive('GET', url, { rsc: '1' });
      admit(bare.request, bare.response as never, '::1', SETTINGS);
      bare.set.set('cache-control', 's-maxage=60, stale-while-revalidate=300');
      bare.response.writeHead(200);
      expect(bare.set.get('cache-control')).toBe('private, no-store');
    }
    const client = arrive('GET', '/news/how-to-listen-live?_rsc=1x2y', { rsc: '1' });
    admit(client.request, client.response as never, '::1', SETTINGS);
    client.set.set('cache-control', 's-maxage=60');
    client.response.writeHead(200);
    expect(client.set.get('cache-control')).toBe('s-maxage=60');
  });

  it('makes the not-found page cacheable, and nothing else', () => {
    const notFound = arrive('GET', '/news/no-such-story');
    admit(notFound.request, notFound.response as never, '::1', SETTINGS);
    notFound.response.statusCode = 404;
    notFound.set.set('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate');
    notFound.response.writeHead(404);
    expect(notFound.set.get('cache-control')).toContain('s-maxage=60');
    expect(notFound.written).toEqual([404]);

    const post = arrive('POST', '/api/now-playing');
    admit(post.request, post.response as never, '::1', SETTINGS);
    post.set.set('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate');
    post.response.writeHead(404);
    expect(post.set.get('cache-control')).toContain('no-store');
  });
});
