import { NOW_PLAYING_TOKEN } from './env';

export type PushedTrack = { artist: string; title: string; startedAt?: string };

/**
 * A request as the station's own software sends it: like a playout system, it waits as a 429's
 * Retry-After says and sends again, so a test that writes often must not fail on the ingest's
 * rate limit (30 a minute per client, which a fast machine's run of one spec can use up). Any
 * other answer is returned as it came.
 */
export async function stationFetch(url: string, init: RequestInit): Promise<Response> {
  const response = await fetch(url, init);
  if (response.status !== 429) return response;
  await response.arrayBuffer();
  const seconds = Number(response.headers.get('retry-after') ?? 1);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  return stationFetch(url, init);
}

/**
 * Tells the server at `baseUrl` that a track started, as playout software does
 * (`POST /api/now-playing` with the suite's token).
 */
export function pushTrack(baseUrl: string, track: PushedTrack): Promise<Response> {
  return stationFetch(`${baseUrl}/api/now-playing`, {
    method: 'POST',
    headers: { authorization: `Bearer ${NOW_PLAYING_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(track),
  });
}
