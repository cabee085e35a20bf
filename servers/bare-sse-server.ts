// The floor for the live channel's capacity (scripts/bench/sse-capacity.ts): a bare Node `http`
// server holding Server-Sent Events connections and nothing else. GET /events subscribes (with
// a retry line and one event first, as the site sends), POST /publish sends its body to every
// listener as one event, a heartbeat comment goes out every 15 s. Loopback only.
//   node --import tsx servers/bare-sse-server.ts <port>
import http, { type ServerResponse } from 'node:http';

const port = Number(process.argv[2] ?? 3690);
const listeners = new Set<ServerResponse>();
const heartbeat = Buffer.from(': hb\n\n');
setInterval(() => listeners.forEach((response) => response.write(heartbeat)), 15_000).unref();

const server = http.createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/events') {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
    });
    response.write('retry: 2000\n\nevent: now-playing\nid: 0\ndata: {}\n\n');
    listeners.add(response);
    response.on('close', () => listeners.delete(response));
    return;
  }
  if (request.method === 'POST' && request.url === '/publish') {
    const chunks: Buffer[] = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const frame = Buffer.from(`event: now-playing\ndata: ${Buffer.concat(chunks)}\n\n`);
      for (const listener of listeners) listener.write(frame);
      response.end(String(listeners.size));
    });
    return;
  }
  response.writeHead(404).end();
});
server.requestTimeout = 0;
server.listen(port, '127.0.0.1', () => console.log(`BARE_SSE_URL=http://127.0.0.1:${port}`));
