/**
 * What the front door (lib/server/front-door.ts) changes about a request before Next.js sees it,
 * as pure rules. Each one turns a request that Next.js 16 answers with a 500 into one it answers
 * like any other unknown path or unsupported method.
 */

/**
 * A path no route matches: Next.js answers it with the prerendered not-found page (404). Paths
 * whose percent-encoding does not decode (`/news/%ff`, `/news/%`) are sent here: Next.js's own
 * answer for them is a 400 page that an App Router site does not have, so it sends a bare 500.
 */
export const MALFORMED_URL_PATH = '/_malformed-url';

/** True when the path part of a request target is not valid percent-encoded UTF-8. */
export function hasMalformedPath(target: string | undefined): boolean {
  if (!target) return false;
  const path = target.split(/[?#]/, 1)[0] ?? '';
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

/**
 * TRACE, which the Fetch API refuses to represent: Next.js throws building a Request for it and
 * answers 500 with a stack trace in the log, for every path. No resource here supports it, so
 * it is handed on as the stand-in, a method no route of ours implements either, which every page
 * and API route answers with 405 and its own Allow list. (TRACK and CONNECT never get this far:
 * Node's HTTP parser answers 400, or hands CONNECT to a handler Next.js does not register.)
 * @see https://fetch.spec.whatwg.org/#forbidden-method
 */
const UNREPRESENTABLE_METHODS = new Set(['TRACE']);
export const STAND_IN_METHOD = 'PATCH';

export function representableMethod(method: string | undefined): string | undefined {
  return method && UNREPRESENTABLE_METHODS.has(method.toUpperCase()) ? STAND_IN_METHOD : method;
}

/**
 * The path without its trailing slash, for a request that is not a GET or HEAD: Next.js answers
 * `POST /api/now-playing/` with a 308 to the path without it, which web hook senders do not
 * follow (AzuraCast logs a failure and moves on). Pages keep Next's redirect for readers.
 */
export function withoutTrailingSlash(method: string | undefined, target: string | undefined) {
  if (!target || method === 'GET' || method === 'HEAD') return target;
  const [path = '', rest = ''] = /^([^?#]*)(.*)$/s.exec(target)?.slice(1) ?? [];
  return path.length > 1 && path.endsWith('/')
    ? `${path.replace(/\/+$/, '') || '/'}${rest}`
    : target;
}

/**
 * Pagefind's index files are named by a hash of their content (`index/en_1a2b3c4.pf_index`, the
 * `pf_meta`, `pf_fragment` and `pf_filter` files): a new build names new files, so a reader's
 * browser may keep these for good. Next.js serves public/ `max-age=0`, which on a phone costs a
 * round trip per file each search. `pagefind.js`, its entry file and its wasm keep their names
 * from build to build and keep Next.js's header.
 */
const HASHED_PAGEFIND_FILE =
  /^\/pagefind\/(?:[a-z]+\/)?[\w.-]*_[0-9a-f]{7,}\.pf_(?:meta|index|fragment|filter)(?:\?|$)/;
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** The Cache-Control for a content-hashed search file answered whole or not modified. */
export function hashedFileCacheControl(target: string | undefined) {
  return HASHED_PAGEFIND_FILE.test(target ?? '')
    ? (status: number) => (status === 200 || status === 304 ? IMMUTABLE_CACHE_CONTROL : undefined)
    : undefined;
}

/** What Next.js sets on every 404, whatever the page. */
const NEXT_NOT_FOUND_CACHE_CONTROL = 'private, no-cache, no-store, max-age=0, must-revalidate';
export const NOT_FOUND_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';

/**
 * The Cache-Control for a 404 that Next.js marked uncacheable by default, or undefined to leave
 * the response as it is (any other status, or a 404 an API route answered with its own header).
 */
export function cacheableNotFound(status: number, cacheControl: unknown): string | undefined {
  return status === 404 && cacheControl === NEXT_NOT_FOUND_CACHE_CONTROL
    ? NOT_FOUND_CACHE_CONTROL
    : undefined;
}

/**
 * An RSC request (`RSC: 1`) without Next.js's cache-busting `_rsc` query: its answer is flight
 * data under the page's own URL, which a shared cache that ignores `Vary` would then serve as
 * the page. Next.js's own client always sends `_rsc`; such an answer is kept by nobody.
 */
export function isBareRscRequest(headers: Record<string, unknown>, target: string | undefined) {
  return headers.rsc === '1' && !/[?&]_rsc=/.test(target ?? '');
}

export const UNSHAREABLE_CACHE_CONTROL = 'private, no-store';
