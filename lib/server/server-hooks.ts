import 'server-only';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * How the site's own server (server.mjs, a plain Node file outside the bundle) reaches the
 * bundled front door and live channel, which must share this process's modules (the bus, the
 * listener registry). Before it asks Next.js to run instrumentation, server.mjs marks the slot
 * below as wanted; start-up fills it in. Under `next dev` or a bare `next start` nobody wants
 * it, and the front door goes on the diagnostics channel instead (lib/server/front-door.ts).
 */
export type ServerHooks = {
  /** Called first for every request: true when the request was answered here. */
  handle(request: IncomingMessage, response: ServerResponse): boolean;
  /** The security headers, for what the server answers itself (a request Node cannot parse). */
  securityHeaders: readonly (readonly [string, string])[];
};

const SLOT = Symbol.for('oldham-reporter.server-hooks');
const WANTED = 'wanted';
const slot = globalThis as typeof globalThis & { [SLOT]?: ServerHooks | typeof WANTED };

/** Hands `hooks` to the site's own server; false when there is none (next dev, next start). */
export function offerServerHooks(hooks: ServerHooks): boolean {
  if (slot[SLOT] !== WANTED) return false;
  slot[SLOT] = hooks;
  return true;
}
