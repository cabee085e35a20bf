import { describe, expect, it } from 'vitest';
import { PEER_ADDRESS_HEADER } from '@/lib/http/client-address';
import { MALFORMED_URL_PATH, STAND_IN_METHOD } from '@/lib/http/request-rules';
import { admit } from './front-door';

const HEADERS = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Content-Security-Policy', "default-src 'self'"],
] as const;

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
    admit(request, response as never, '127.0.0.1', HEADERS);
    expect(Object.fromEntries(set)).toEqual(
      Object.fromEntries(HEADERS.map(([name, value]) => [name.toLowerCase(), value])),
    );
  });

  it('records the socket peer, replacing whatever the client claimed', () => {
    const { request, response } = arrive('POST', '/api/now-playing', {
      [PEER_ADDRESS_HEADER]: '10.9.9.9',
    });
    admit(request, response as never, '203.0.113.5', HEADERS);
    expect(request.headers[PEER_ADDRESS_HEADER]).toBe('203.0.113.5');

    const orphan = arrive('GET', '/', { [PEER_ADDRESS_HEADER]: '10.9.9.9' });
    admit(orphan.request, orphan.response as never, undefined, HEADERS);
    expect(orphan.request.headers[PEER_ADDRESS_HEADER]).toBeUndefined();
  });

  it('sends undecodable paths to the not-found page and TRACE to a 405', () => {
    const broken = arrive('GET', '/news/%ff');
    admit(broken.request, broken.response as never, '::1', HEADERS);
    expect(broken.request.url).toBe(MALFORMED_URL_PATH);

    const trace = arrive('TRACE', '/news');
    admit(trace.request, trace.response as never, '::1', HEADERS);
    expect(trace.request).toMatchObject({ method: STAND_IN_METHOD, url: '/news' });
  });
});

describe('admit, as the response is written', () => {
  it('makes the not-found page cacheable, and nothing else', () => {
    const notFound = arrive('GET', '/news/no-such-story');
    admit(notFound.request, notFound.response as never, '::1', HEADERS);
    notFound.response.statusCode = 404;
    notFound.set.set('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate');
    notFound.response.writeHead(404);
    expect(notFound.set.get('cache-control')).toContain('s-maxage=60');
    expect(notFound.written).toEqual([404]);

    const post = arrive('POST', '/api/now-playing');
    admit(post.request, post.response as never, '::1', HEADERS);
    post.set.set('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate');
    post.response.writeHead(404);
    expect(post.set.get('cache-control')).toContain('no-store');
  });
});
