import 'server-only';
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { PEER_ADDRESS_HEADER } from '@/lib/http/client-address';
import { NO_ROUTE_PATH, routePath, type SitePaths } from '@/lib/routing/site-paths';
import {
  cacheableNotFound,
  hashedFileCacheControl,
  hasMalformedPath,
  isBareRscRequest,
  MALFORMED_URL_PATH,
  representableMethod,
  UNSHAREABLE_CACHE_CONTROL,
  withoutTrailingSlash,
} from '@/lib/http/request-rules';

/**
 * The site's front door: runs on every HTTP request this process receives, before Next.js's
 * router. The site's own server (server.mjs, `npm start`) calls it first thing in its request
 * listener, from the very first request; under `next dev` or a bare `next start` it listens on
 * Node's `http.server.request.start` diagnostics channel (published just before the server's
 * 'request' event) instead. It costs a few header writes and map look-ups, where Next's own
 * `proxy.ts` costs ~2.5 ms of CPU a request (docs/adr/0001-…), and it sees what route code
 * cannot: the socket. It
 * - sets the security headers on the response (so every answer has them, even Next's redirects);
 * - records the socket's peer address, replacing any such header the client sent;
 * - sends unknown paths under /news and /shows to the prerendered 404 without rendering or
 *   writing anything, and variants of a page's address (letter case, `/page/1`) to the page
 *   (lib/routing/site-paths.ts): a 308 from the site's own server, the 404 on the channel;
 * - hands on requests that Next.js would answer with a 500, and posts to a path with a trailing
 *   slash, which Next.js would redirect (see lib/http/request-rules.ts);
 * - lets a shared cache keep the not-found page, which Next.js always marks `no-store`, and a
 *   browser keep search's content-hashed index files for good.
 * @see https://nodejs.org/api/diagnostics_channel.html#http
 * @see ../../docs/architecture.md "The front door"
 */
type RequestStart = { request: IncomingMessage; response: ServerResponse; socket: Socket };
type Headers = readonly (readonly [string, string])[];

const INSTALLED = Symbol.for('oldham-reporter.front-door');
const globalFlags = globalThis as typeof globalThis & { [INSTALLED]?: boolean };

export type FrontDoorSettings = { headers: Headers; paths: SitePaths };

/**
 * For `next dev` and a bare `next start`: subscribes once per process. A redirect cannot be
 * answered from the channel (Next.js answers the request after it), so a variant of a page's
 * address gets the 404 there.
 */
export function installFrontDoor(settings: FrontDoorSettings): void {
  if (globalFlags[INSTALLED]) return;
  globalFlags[INSTALLED] = true;
  subscribe('http.server.request.start', (message) => {
    const { request, response, socket } = message as RequestStart;
    const redirect = admit(request, response, socket.remoteAddress, settings);
    if (redirect) request.url = NO_ROUTE_PATH;
  });
}

type Response = Pick<ServerResponse, 'setHeader' | 'getHeader' | 'writeHead' | 'statusCode'>;

/**
 * Prepares a request for Next.js. Returns the address to redirect it to (308) where it names a
 * page by another spelling, else undefined.
 */
export function admit(
  request: Pick<IncomingMessage, 'headers' | 'method' | 'url'>,
  response: Response,
  peer: string | undefined,
  { headers, paths }: FrontDoorSettings,
): string | undefined {
  for (const [name, value] of headers) response.setHeader(name, value);
  if (peer) request.headers[PEER_ADDRESS_HEADER] = peer;
  else delete request.headers[PEER_ADDRESS_HEADER];
  request.method = representableMethod(request.method);
  if (hasMalformedPath(request.url)) request.url = MALFORMED_URL_PATH;
  request.url = withoutTrailingSlash(request.method, request.url);
  // An RSC answer without the _rsc cache-buster is kept by no shared cache (isBareRscRequest).
  // Next.js sends every 404 `private, no-store` (its router's "404 case"), even the prerendered
  // not-found page it serves from its cache, the same page for every unknown address. A shared
  // cache may keep that page for a short while: junk URLs then cost the server nothing, and a
  // story published later is found within the minute.
  if (isBareRscRequest(request.headers, request.url)) {
    cacheControlAtHead(response, () => UNSHAREABLE_CACHE_CONTROL);
  } else if (request.method === 'GET' || request.method === 'HEAD') {
    cacheControlAtHead(response, hashedFileCacheControl(request.url) ?? cacheableNotFound);
  }
  const verdict = routePath(paths, request.url ?? '/');
  if (verdict.action === 'rewrite') request.url = verdict.url;
  return verdict.action === 'redirect' ? verdict.location : undefined;
}

/** Sets Cache-Control to what `choose` says (if anything) as the status line is written. */
function cacheControlAtHead(
  response: Response,
  choose: (status: number, cacheControl: unknown) => string | undefined,
): void {
  const writeHead = response.writeHead;
  response.writeHead = function (this: Response, ...args: Parameters<ServerResponse['writeHead']>) {
    const status = typeof args[0] === 'number' ? args[0] : this.statusCode;
    const replacement = choose(status, this.getHeader('cache-control'));
    if (replacement) this.setHeader('Cache-Control', replacement);
    return writeHead.apply(this, args);
  } as ServerResponse['writeHead'];
}
