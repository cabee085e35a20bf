#!/usr/bin/env node
/**
 * The site's HTTP server, which `npm start` and `npm run serve` run in place of `next start`
 * (the same production server of Next.js, behind our own `http.Server`). Two things need it:
 *
 * - The front door is in place before the first connection is accepted. `next start` listens
 *   first and runs instrumentation on the first request, so that response went out without
 *   the security headers; here instrumentation runs, then the port opens.
 * - The live channel on the site's own port at a plain Node server's cost: its path is handed
 *   to lib/server/live-server.ts before Next.js sees the request.
 *
 * Both live in the bundled server code (they share its modules); instrumentation hands them over
 * through lib/server/server-hooks.ts. Why and what it costs: docs/adr/0003-one-port-server.md.
 *
 *   node server.mjs [-p PORT] [-H HOSTNAME]     (PORT defaults to $PORT, then 3000;
 *                                                HOSTNAME to every interface)
 */
import { createServer, STATUS_CODES } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname || undefined;
const dir = path.dirname(fileURLToPath(import.meta.url));
const distDir = process.env.NEXT_DIST_DIR ?? '.next';

// What `next start` sets before it loads the server.
process.env.NODE_ENV = 'production';
process.env.NEXT_RUNTIME = 'nodejs';

const SLOT = Symbol.for('oldham-reporter.server-hooks');
globalThis[SLOT] = 'wanted';

const { default: next } = await import('next');
const app = next({ dev: false, dir, hostname: hostname ?? 'localhost', port });
await app.prepare();
const handleWithNext = app.getRequestHandler();

// Next.js runs instrumentation's register() on the first request; run it now, once (the same
// memoised call Next.js makes later, so it does not run twice).
const require = createRequire(import.meta.url);
const {
  ensureInstrumentationRegistered,
} = require('next/dist/server/lib/router-utils/instrumentation-globals.external.js');
await ensureInstrumentationRegistered(dir, distDir);
const hooks = globalThis[SLOT];
if (typeof hooks?.handle !== 'function' || !Array.isArray(hooks.securityHeaders)) {
  throw new Error('instrumentation did not hand over the front door (lib/server/server-hooks.ts)');
}

const server = createServer((request, response) => {
  if (hooks.handle(request, response)) return;
  handleWithNext(request, response).catch((error) => {
    console.error(`Failed to handle request for ${request.url}`, error);
    if (!response.headersSent) response.writeHead(500);
    response.end();
  });
});

// A request Node cannot parse (headers too large: 431, a malformed request line: 400) never
// reaches a handler: answer it here, with the same security headers as every other answer.
server.on('clientError', (error, socket) => {
  if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy();
  const status =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 431
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 408
        : 400;
  const body = JSON.stringify({ error: STATUS_CODES[status] });
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    ...hooks.securityHeaders.map(([name, value]) => `${name}: ${value}`),
    'Content-Type: application/json',
    'Cache-Control: no-store',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
  ];
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
});

server.on('error', (error) => {
  console.error('Failed to start server', error);
  process.exit(1);
});

server.listen(port, hostname, () => {
  const shown = !hostname || hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname;
  const host = shown.includes(':') ? `[${shown}]` : shown;
  // Where the server asks itself to revalidate cached pages (lib/cache/revalidate-live.ts).
  process.env.PORT = String(port);
  process.env.__NEXT_PRIVATE_ORIGIN = `http://${host}:${port}`;
  console.log(`Ready on http://${host}:${port}`);
});

// Start-up's own handlers end the event streams and close the store first (lib/server/startup.ts).
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
