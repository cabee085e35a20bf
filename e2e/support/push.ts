import { NOW_PLAYING_TOKEN } from './env';

export type PushedTrack = { artist: string; title: string; startedAt?: string };

/**
 * Tells the server at `baseUrl` that a track started, as playout software does
 * (`POST /api/now-playing` with the suite's token). Like a playout system it waits as a 429's
 * Retry-After says and sends again: a test that pushes often must not fail on the ingest's rate
 * limit. Any other answer is returned as it came.
 */
export async function pushTrack(baseUrl: string, track: PushedTrack): Promise<Response> {
  const response = await fetch(`${baseUrl}/api/now-playing`, {
    method: 'POST',
    headers: { authorization: `Bearer ${NOW_PLAYING_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(track),
  });
  if (response.status !== 429) return response;
  await response.arrayBuffer();
  const seconds = Number(response.headers.get('retry-after') ?? 1);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  return pushTrack(baseUrl, track);
}
