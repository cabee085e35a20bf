import 'server-only';
import { hasIngestToken } from './ingest-token';
import { clientAddress } from '@/lib/http/client-address';
import type { RateLimiter } from './rate-limit';
import { readLimited } from './read-limited';
import { parsePushBody } from './sources/push';
import type { Recorded } from './store';
import type { NowPlaying, TrackInput } from './track';

/**
 * `POST /api/now-playing`, the ingest from playout software and AzuraCast web hooks.
 *
 * Checks run cheapest and least revealing first, and nothing reads the body before the caller is
 * known to hold the token:
 *   503 ingest disabled (no token configured: never open)
 *   429 rate limit per client address (never a client-chosen header), before auth, so token
 *       guessing and floods are throttled too
 *   401 token missing or wrong (Bearer, or Basic with the token as the password)
 *   415 not application/json (charset utf-8 allowed)
 *   413 Content-Length over 512 KiB, or a chunked body passing 512 KiB while streamed
 *   400 not UTF-8, not JSON, or failing the schema (the body names the field)
 *   200 recorded (`changed` false when it was the current track already), 202 nothing to record
 *       (an AzuraCast post with nothing playing)
 * @see ../../docs/architecture.md "Now playing"
 */
// AzuraCast's web hook posts its whole now-playing document, lyrics and all, for the song on
// air, the next one and every history item (5 by default, up to 50): a realistic body with lyrics
// and 5 history items is ~25 KB, one with 50 items ~200 KB. The cap leaves room for that and no
// more; only the fields we need are read from it (lib/now-playing/sources/azuracast.ts).
export const MAX_INGEST_BYTES = 512 * 1024;

export type IngestDeps = {
  /** NOW_PLAYING_TOKEN; undefined disables ingest. */
  token: string | undefined;
  limiter: RateLimiter;
  /** TRUSTED_PROXY_HOPS: how the client's address is read (lib/http/client-address.ts). */
  trustedProxyHops: number;
  record(track: TrackInput): Recorded;
  /** The station went off air (AzuraCast `is_online: false`, or our own `{"offAir": true}`). */
  markOffAir(): Recorded;
  current(): NowPlaying | null;
};

export async function handleIngest(request: Request, deps: IngestDeps): Promise<Response> {
  if (!deps.token) return reply(503, { error: 'Ingest disabled' });

  const limit = deps.limiter.take(clientAddress(request.headers, deps.trustedProxyHops));
  if (!limit.ok) {
    return reply(
      429,
      { error: 'Too many requests' },
      { 'Retry-After': String(limit.retryAfterSeconds) },
    );
  }

  if (!hasIngestToken(request.headers.get('authorization'), deps.token)) {
    return reply(
      401,
      { error: 'Unauthorized' },
      { 'WWW-Authenticate': 'Bearer, Basic realm="now-playing"' },
    );
  }

  if (!isJsonContentType(request.headers.get('content-type'))) {
    return reply(415, { error: 'Expected Content-Type: application/json' });
  }

  const declared = request.headers.get('content-length');
  if (declared !== null) {
    if (!/^\d+$/.test(declared.trim())) return reply(400, { error: 'Invalid Content-Length' });
    if (Number(declared) > MAX_INGEST_BYTES) return tooLarge();
  }

  let text: string;
  try {
    const body = await readLimited(request.body, MAX_INGEST_BYTES);
    if (!body.ok) return tooLarge();
    text = new TextDecoder('utf-8', { fatal: true }).decode(body.bytes);
  } catch {
    return reply(400, { error: 'Unreadable body' });
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return reply(400, { error: 'Invalid JSON' });
  }

  const parsed = parsePushBody(json);
  if (!parsed.ok) {
    return reply(400, { error: 'Invalid body', field: parsed.field, message: parsed.message });
  }
  if (parsed.kind === 'nothing') return reply(202, { changed: false, nowPlaying: deps.current() });

  const recorded = parsed.kind === 'off-air' ? deps.markOffAir() : deps.record(parsed.track);
  return reply(200, { changed: recorded.outcome !== 'unchanged', nowPlaying: recorded.play });
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

function tooLarge(): Response {
  return reply(413, { error: `Body over ${MAX_INGEST_BYTES} bytes` });
}

function reply(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}
