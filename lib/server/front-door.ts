import 'server-only';
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { PEER_ADDRESS_HEADER } from '@/lib/http/client-address';
import {
  cacheableNotFound,
  hasMalformedPath,
  MALFORMED_URL_PATH,
  representableMethod,
  withoutTrailingSlash,
} from '@/lib/http/request-rules';

/**
 * The site's front door: runs on every HTTP request this process receives, before Next.js's
 * router, through Node's `http.server.request.start` diagnostics channel (published just
 * before the server's 'request' event). It costs a few header writes, where Next's own
 * `proxy.ts` costs ~2.5 ms of CPU a request (docs/adr/0001-…), and it sees what route code
 * cannot: the socket. It
 * - sets the security headers on the response (so every answer has them, even Next's redirects);
 * - records the socket's peer address, replacing any such header the client sent;
 * - hands on requests that Next.js would answer with a 500, and posts to a path with a trailing
 *   slash, which Next.js would redirect (see lib/http/request-rules.ts);
 * - lets a shared cache keep the not-found page, which Next.js always marks `no-store`.
 * @see https://nodejs.org/api/diagnostics_channel.html#http
 * @see ../../docs/architecture.md "The front door"
 */
type RequestStart = { request: IncomingMessage; response: ServerResponse; socket: Socket };
type Headers = readonly (readonly [string, string])[];

const INSTALLED = Symbol.for('oldham-reporter.front-door');
const globalFlags = globalThis as typeof globalThis & { [INSTALLED]?: boolean };

/** Subscribes once per process; `headers` are fixed for the server's lifetime. */
export function installFrontDoor(headers: Headers): void {
  if (globalFlags[INSTALLED]) return;
  globalFlags[INSTALLED] = true;
  subscribe('http.server.request.start', (message) => {
    const { request, response, socket } = message as RequestStart;
    admit(request, response, socket.remoteAddress, headers);
  });
}

type Response = Pick<ServerResponse, 'setHeader' | 'getHeader' | 'writeHead' | 'statusCode'>;

export function admit(
  request: Pick<IncomingMessage, 'headers' | 'method' | 'url'>,
  response: Response,
  peer: string | undefined,
  headers: Headers,
): void {
  for (const [name, value] of headers) response.setHeader(name, value);
  if (peer) request.headers[PEER_ADDRESS_HEADER] = peer;
  else delete request.headers[PEER_ADDRESS_HEADER];
  request.method = representableMethod(request.method);
  if (hasMalformedPath(request.url)) request.url = MALFORMED_URL_PATH;
  request.url = withoutTrailingSlash(request.method, request.url);
  if (request.method === 'GET' || request.method === 'HEAD') keepNotFoundCacheable(response);
}

/**
 * Next.js sends every 404 `private, no-store` (its router's "404 case"), even the prerendered
 * not-found page it serves from its cache, the same page for every unknown address. A shared
 * cache may keep that page for a short while: junk URLs then cost the server nothing, and a
 * story published later is found within the minute. Applied as the status line is written.
 */
function keepNotFoundCacheable(response: Response): void {
  const writeHead = response.writeHead;
  response.writeHead = function (this: Response, ...args: Parameters<ServerResponse['writeHead']>) {
    const status = typeof args[0] === 'number' ? args[0] : this.statusCode;
    const replacement = cacheableNotFound(status, this.getHeader('cache-control'));
    if (replacement) this.setHeader('Cache-Control', replacement);
    return writeHead.apply(this, args);
  } as ServerResponse['writeHead'];
}
