import 'server-only';
import { thenMaybe, type MaybeAsync } from '@/lib/storage/maybe-async';
import { isStoreUnavailable, RETRY_AFTER_UNAVAILABLE_S } from '@/lib/storage/store-unavailable';
import { clientAddress, type TrustedProxies } from './client-address';
import { hasIngestToken } from './ingest-token';
import type { RateLimitResult } from './rate-limit';
import { readLimited } from './read-limited';

/**
 * The checks every request from the station's own systems goes through (the now-playing ingest,
 * alerts), cheapest and least revealing first; nothing reads a body before the caller is known
 * to hold the token:
 *   503 disabled (no NOW_PLAYING_TOKEN configured: never open)
 *   429 rate limit per client address (never a client-chosen header), before the token, so
 *       guessing and floods are throttled too
 *   401 token missing or wrong (Bearer, or Basic with the token as the password)
 * and, for a body:
 *   415 not application/json (charset utf-8 allowed)
 *   413 Content-Length over the cap, or a chunked body passing it while streamed
 *   400 not UTF-8, or not JSON
 * and, while a shared store (Redis) cannot be reached, 503 with Retry-After on a write.
 * Every answer is JSON with an `error`, and never cached.
 */
export type StationRequestDeps = {
  /** NOW_PLAYING_TOKEN; undefined disables these endpoints. */
  token: string | undefined;
  /** This process's limiter, or the one shared through Redis (which answers later). */
  limiter: { take(key: string): MaybeAsync<RateLimitResult> };
  /** TRUSTED_PROXIES: whose X-Forwarded-For is believed (lib/http/client-address.ts). */
  trustedProxies: TrustedProxies;
};

/** 429 when the client is over the ingest's rate limit (each call takes one), or null. */
export function refuseOverLimit(
  request: Request,
  deps: Pick<StationRequestDeps, 'limiter' | 'trustedProxies'>,
): MaybeAsync<Response | null> {
  const limit = deps.limiter.take(clientAddress(request.headers, deps.trustedProxies));
  return thenMaybe(limit, (limit) =>
    limit.ok
      ? null
      : reply(
          429,
          { error: 'Too many requests' },
          { 'Retry-After': String(limit.retryAfterSeconds) },
        ),
  );
}

/** A refusal (503, 429, 401), or null when the caller may go on. */
export function refuseStationRequest(
  request: Request,
  deps: StationRequestDeps,
): MaybeAsync<Response | null> {
  const token = deps.token;
  if (!token) return reply(503, { error: 'Disabled: no NOW_PLAYING_TOKEN is configured' });
  return thenMaybe(refuseOverLimit(request, deps), (overLimit) => {
    if (overLimit) return overLimit;
    if (!hasIngestToken(request.headers.get('authorization'), token)) {
      return reply(
        401,
        { error: 'Unauthorized' },
        { 'WWW-Authenticate': 'Bearer, Basic realm="station"' },
      );
    }
    return null;
  });
}

/**
 * The answer from a write to the station's store, or 503 with Retry-After while a shared store
 * cannot be reached: the caller knows to send it again, and nothing is lost silently.
 */
export function unlessStoreUnavailable(write: () => MaybeAsync<Response>): MaybeAsync<Response> {
  const unavailable = (error: unknown) => {
    if (!isStoreUnavailable(error)) throw error;
    return reply(
      503,
      { error: 'The station store is unavailable: try again shortly' },
      { 'Retry-After': String(RETRY_AFTER_UNAVAILABLE_S) },
    );
  };
  try {
    const answer = write();
    return answer instanceof Promise ? answer.catch(unavailable) : answer;
  } catch (error) {
    return unavailable(error);
  }
}

export type JsonBody = { ok: true; json: unknown } | { ok: false; response: Response };

/** The request's JSON body, read up to `maxBytes`, or the 4xx that says why not. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody> {
  const refuse = (status: number, error: string) => ({
    ok: false as const,
    response: reply(status, { error }),
  });
  if (!isJsonContentType(request.headers.get('content-type'))) {
    return refuse(415, 'Expected Content-Type: application/json');
  }
  const declared = request.headers.get('content-length');
  if (declared !== null) {
    if (!/^\d+$/.test(declared.trim())) return refuse(400, 'Invalid Content-Length');
    if (Number(declared) > maxBytes) return refuse(413, `Body over ${maxBytes} bytes`);
  }
  let text: string;
  try {
    const body = await readLimited(request.body, maxBytes);
    if (!body.ok) return refuse(413, `Body over ${maxBytes} bytes`);
    text = new TextDecoder('utf-8', { fatal: true }).decode(body.bytes);
  } catch {
    return refuse(400, 'Unreadable body');
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch {
    return refuse(400, 'Invalid JSON');
  }
}

function isJsonContentType(header: string | null): boolean {
  if (!header) return false;
  const [type = '', ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  // We decode as UTF-8, so a body declared in another charset would be misread.
  return params.every((param) => {
    const [name, value = ''] = param.split('=').map((part) => part.trim());
    return name !== 'charset' || value.replace(/^"|"$/g, '') === 'utf-8';
  });
}

export function reply(status: number, body: unknown, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}
