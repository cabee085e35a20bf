import 'server-only';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { clientAddress } from '@/lib/http/client-address';
import { concatBytes } from '@/lib/http/read-limited';
import { trustedProxyHops } from '@/lib/config';
import { acceptsEventStream, RETRY_FRAME, SSE_HEADERS, STREAM_LIFETIME_MS } from './event-stream';
import {
  ensureNowPlayingStarted,
  initialEventFrames,
  getListenerRegistry,
  getNowPlayingService,
  whenNowPlayingReady,
} from './runtime';

/**
 * The live channel (`GET /api/now-playing/events`) served by a plain Node HTTP server beside
 * Next.js, in the same process, on LIVE_PORT: the same bus, listeners, caps, replay and lifetime
 * as the route handler, without a Request, a ReadableStream and Next's response plumbing per
 * connection. Measured in docs/performance.md ("Live channel capacity"): at 10,000 listeners
 * the route handler costs several times the memory of a bare Node server, this endpoint about
 * as much. A reverse proxy sends that one path here (docs/deploy.md); everything else, and a
 * site with no proxy, keeps using the route handler.
 */
const PATH = '/api/now-playing/events';
// A reader this far behind (bytes queued in its socket) is closed; it reconnects and catches up.
const MAX_BACKLOG_BYTES = 64 * 1024;

export function startLiveServer({ port, host }: { port: number; host: string }): Server {
  const server = createServer((request, response) => void serve(request, response));
  // A listener holds its connection for minutes: no idle or request timeouts on this server.
  server.requestTimeout = 0;
  server.timeout = 0;
  server.on('error', (error) => console.error(`[live] could not listen on ${host}:${port}`, error));
  server.listen(port, host, () =>
    console.log(`[live] event stream on http://${host}:${port}${PATH}`),
  );
  return server;
}

async function serve(request: IncomingMessage, response: ServerResponse) {
  const path = (request.url ?? '').split('?')[0];
  if (path !== PATH) return refuse(response, 404, 'Not found');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return refuse(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
  }
  if (!acceptsEventStream(request.headers.accept ?? null)) {
    return refuse(
      response,
      406,
      'This is a Server-Sent Events stream: send Accept: text/event-stream',
    );
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  const registry = getListenerRegistry();
  const slot = registry.admit(clientAddress(headers, trustedProxyHops()));
  if ('refused' in slot) {
    return slot.refused === 'full'
      ? refuse(response, 503, 'Too many listeners', { 'Retry-After': '30' })
      : refuse(response, 429, 'Too many streams from this address', { 'Retry-After': '30' });
  }
  if (request.method === 'HEAD') {
    slot.release();
    response.writeHead(200, SSE_HEADERS).end();
    return;
  }

  ensureNowPlayingStarted();
  await whenNowPlayingReady();
  const service = getNowPlayingService();
  const deadline = Date.now() + STREAM_LIFETIME_MS * (0.8 + 0.4 * Math.random());
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    unsubscribe();
    untrack();
    slot.release();
    response.end();
  };
  const unsubscribe = service.bus.subscribe((frame) => {
    if (response.writableLength > MAX_BACKLOG_BYTES || Date.now() >= deadline) finish();
    else response.write(frame);
  });
  const untrack = registry.track(finish);
  response.on('close', finish);
  request.socket.setNoDelay(true);
  response.writeHead(200, SSE_HEADERS);
  response.write(concatBytes([RETRY_FRAME, ...initialEventFrames(headers.get('last-event-id'))]));
  if (response.destroyed) finish();
}

function refuse(response: ServerResponse, status: number, error: string, headers = {}) {
  response.writeHead(status, {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-store',
    ...headers,
  });
  response.end(JSON.stringify({ error }));
}
