import 'server-only';
import {
  readJsonBody,
  refuseStationRequest,
  reply,
  unlessStoreUnavailable,
  type StationRequestDeps,
} from '@/lib/http/station-request';
import type { MaybeAsync } from '@/lib/storage/maybe-async';
import { parsePushBody } from './sources/push';
import type { Recorded } from './store';
import type { NowPlaying, TrackInput } from './track';

/**
 * `POST /api/now-playing`, the ingest from playout software and AzuraCast web hooks: the checks
 * of lib/http/station-request.ts (503, 429, 401, 415, 413, 400), then
 *   400 failing the schema (the body names the field)
 *   200 recorded (`changed` false when it was the current state already), 202 nothing to record
 *       (an AzuraCast post with nothing playing)
 *   503 with Retry-After: the shared store (Redis) cannot be reached; nothing was recorded
 * @see ../../docs/architecture.md "Now playing"
 */
// AzuraCast's web hook posts its whole now-playing document, lyrics and all, for the song on
// air, the next one and every history item (5 by default, up to 50): a realistic body with lyrics
// and 5 history items is ~25 KB, one with 50 items ~200 KB. The cap leaves room for that and no
// more; only the fields we need are read from it (lib/now-playing/sources/azuracast.ts).
export const MAX_INGEST_BYTES = 512 * 1024;

export type IngestDeps = StationRequestDeps & {
  record(track: TrackInput): MaybeAsync<Recorded>;
  /** The station went off air (AzuraCast `is_online: false`, or our own `{"offAir": true}`). */
  markOffAir(): MaybeAsync<Recorded>;
  current(): NowPlaying | null;
};

export async function handleIngest(request: Request, deps: IngestDeps): Promise<Response> {
  const refusal = await refuseStationRequest(request, deps);
  if (refusal) return refusal;
  const body = await readJsonBody(request, MAX_INGEST_BYTES);
  if (!body.ok) return body.response;

  const parsed = parsePushBody(body.json);
  if (!parsed.ok) {
    return reply(400, { error: 'Invalid body', field: parsed.field, message: parsed.message });
  }
  if (parsed.kind === 'nothing') return reply(202, { changed: false, nowPlaying: deps.current() });

  const track = parsed.kind === 'off-air' ? null : parsed.track;
  return unlessStoreUnavailable(async () => {
    const recorded = await (track ? deps.record(track) : deps.markOffAir());
    return reply(200, { changed: recorded.outcome !== 'unchanged', nowPlaying: recorded.play });
  });
}
