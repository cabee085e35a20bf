import 'server-only';
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A cached page leaves Next.js as the same JavaScript string on every request. Our pages hold
 * text outside Latin-1 (typographic quotes and dashes), so that string is stored two bytes a
 * character and Node encodes it to UTF-8 again for every response: about 0.85 ms of an 82 kB
 * article's 2.1 ms (CPU profile, docs/performance.md "Server cost of a page view"). Next.js's
 * own ETag hashes the string again, another 1 ms.
 *
 * The site's own server (server.mjs) keeps the encoded bytes of the last pages it sent, keyed by
 * the string, with a strong ETag made once from them; a reader whose copy is current gets a 304.
 * Next.js's `generateEtags` is off. Only whole 200 HTML answers that a shared cache may keep,
 * sent in one piece (prerendered pages), are touched; a compressed response reaches `end` as
 * bytes, and an RSC payload is streamed: both pass through.
 */
type Encoded = { body: Buffer; etag: string };

const MIN_LENGTH = 2_048;

export function createEncodedBodies(max = 64) {
  const cache = new Map<string, Encoded>();
  return function encoded(text: string): Encoded {
    const hit = cache.get(text);
    if (hit) {
      // Most recently used last, so the oldest is the first key.
      cache.delete(text);
      cache.set(text, hit);
      return hit;
    }
    const body = Buffer.from(text, 'utf8');
    const made = { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
    cache.set(text, made);
    if (cache.size > max) cache.delete(cache.keys().next().value!);
    return made;
  };
}

/** Whether `If-None-Match` names `etag` (weak comparison, RFC 9110 §13.1.2). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

// Prerendered HTML leaves Next.js in one `end(string)`; RSC payloads are streamed, and left alone.
const isHtml = (contentType: unknown) =>
  typeof contentType === 'string' && contentType.startsWith('text/html');

const shareable = (cacheControl: unknown) =>
  typeof cacheControl === 'string' &&
  /\bs-maxage=/.test(cacheControl) &&
  !/private|no-store/.test(cacheControl);

type Method = (this: ServerResponse, ...args: unknown[]) => unknown;

/**
 * Sends a cached page's string body as its kept bytes, with its ETag; 304 when current. The
 * status line of a 200 GET is held back until the body is known (Next.js's compression writes the
 * head first); any other write sends it as it was.
 */
export function sendEncodedBodies(
  request: Pick<IncomingMessage, 'method' | 'headers'>,
  response: ServerResponse,
  encoded: ReturnType<typeof createEncodedBodies>,
): void {
  if (request.method !== 'GET') return;
  const writeHead = response.writeHead as unknown as Method;
  const write = response.write as unknown as Method;
  const end = response.end as unknown as Method;
  let held: unknown[] | undefined;
  const release = (self: ServerResponse) => {
    if (!held) return;
    const args = held;
    held = undefined;
    writeHead.apply(self, args);
  };
  const flushHeaders = response.flushHeaders as unknown as Method;
  const wrapped = response as unknown as Record<
    'writeHead' | 'write' | 'end' | 'flushHeaders',
    Method
  >;
  wrapped.flushHeaders = function (...args) {
    release(this);
    return flushHeaders.apply(this, args);
  };
  wrapped.writeHead = function (...args) {
    const status = args[0];
    if (
      held ||
      status !== 200 ||
      !isHtml(this.getHeader('content-type')) ||
      !shareable(this.getHeader('cache-control'))
    ) {
      return writeHead.apply(this, args);
    }
    held = args;
    return this;
  };
  wrapped.write = function (...args) {
    release(this);
    return write.apply(this, args);
  };
  wrapped.end = function (...args) {
    const [chunk] = args;
    const ours =
      typeof chunk === 'string' &&
      chunk.length >= MIN_LENGTH &&
      this.statusCode === 200 &&
      (held !== undefined || !this.headersSent) &&
      isHtml(this.getHeader('content-type')) &&
      shareable(this.getHeader('cache-control'));
    if (!ours) {
      release(this);
      return end.apply(this, args);
    }
    const { body, etag } = encoded(chunk);
    const head = held ?? [200];
    held = undefined;
    this.setHeader('ETag', etag);
    if (matchesEtag(request.headers['if-none-match'], etag)) {
      this.removeHeader('Content-Length');
      this.removeHeader('Content-Type');
      writeHead.apply(this, [304, ...head.slice(1)]);
      return end.call(this);
    }
    this.setHeader('Content-Length', body.length);
    writeHead.apply(this, head);
    return end.call(this, body);
  };
}
