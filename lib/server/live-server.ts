import 'server-only';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { clientAddress } from '@/lib/http/client-address';
import { concatBytes } from '@/lib/http/read-limited';
import { trustedProxies } from '@/lib/config';
import {
  acceptsEventStream,
  lastEventIdOf,
  RETRY_FRAME,
  SSE_HEADERS,
  STREAM_LIFETIME_MS,
} from '@/lib/live/event-stream';
import { refusalAnswer } from '@/lib/live/listener-registry';
import {
  ensureNowPlayingStarted,
  initialEventFrames,
  getListenerRegistry,
  getNowPlayingService,
  whenNowPlayingReady,
} from './runtime';

/**
 * The live channel (`GET /api/now-playing/events`) on plain Node HTTP: the same bus, listeners,
 * caps, replay and lifetime as the route handler, without a Request, a ReadableStream and
 * Next's response plumbing per connection. Measured in docs/performance.md ("Live channel
 * capacity"): at 10,000 listeners the route handler costs several times the memory of a bare
 * Node server, this endpoint about as much. The site's own server (server.mjs) hands that path
 * here before Next.js sees it, on the site's port (docs/adr/0003-…); with LIVE_PORT it is also
 * served on a port of its own, for a reverse proxy. `next dev` keeps the route handler.
 */
export const LIVE_CHANNEL_PATH = '/api/now-playing/events';
// A reader this far behind (bytes queued in its socket) is closed; it reconnects and catches up.
const MAX_BACKLOG_BYTES = 64 * 1024;

/** Whether a request is for the live channel (any query; the path exactly). */
export const isLiveChannelRequest = (request: Pick<IncomingMessage, 'url'>) =>
  (request.url ?? '').split('?', 1)[0] === LIVE_CHANNEL_PATH;

type Admit = (request: IncomingMessage, response: ServerResponse) => void;

/** `admit` is the front door, where the process has no diagnostics-channel one. */
export function startLiveServer({
  port,
  host,
  admit,
}: {
  port: number;
  host: string;
  admit?: Admit;
}): Server {
  const server = createServer((request, response) => {
    admit?.(request, response);
    void serveLiveChannel(request, response);
  });
  // A listener holds its connection for minutes: no idle or request timeouts on this server.
  server.requestTimeout = 0;
  server.timeout = 0;
  server.on('error', (error) => console.error(`[live] could not listen on ${host}:${port}`, error));
  server.listen(port, host, () =>
    console.log(`[live] event stream on http://${host}:${port}${LIVE_CHANNEL_PATH}`),
  );
  return server;
}

export async function serveLiveChannel(request: IncomingMessage, response: ServerResponse) {
  if (!isLiveChannelRequest(request)) return refuse(response, 404, 'Not found');
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
  const slot = registry.admit(clientAddress(headers, trustedProxies()));
  if ('refused' in slot) {
    const { status, error } = refusalAnswer(slot.refused);
    return refuse(response, status, error, { 'Retry-After': '30' });
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
  response.write(
    concatBytes([RETRY_FRAME, ...initialEventFrames(lastEventIdOf(headers, request.url ?? ''))]),
  );
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
