/**
 * What the player plays: our own `/listen`, which redirects to the stream the running server is
 * configured with (STREAM_URL), so cached pages never carry a stream address.
 * @see ../../app/listen/route.ts
 */
export const LISTEN_PATH = '/listen';

/** Which of the station's streams: the main one, or the low-bitrate one for a weak signal. */
export type StreamQuality = 'main' | 'low';

/** What the player plays for each: `/listen?quality=low` redirects to STREAM_FALLBACK_URL. */
export const LISTEN_PATHS: Record<StreamQuality, string> = {
  main: LISTEN_PATH,
  low: `${LISTEN_PATH}?quality=low`,
};

/** The `quality` of a `/listen` request; undefined when it names no stream of ours. */
export function readStreamQuality(value: string | null): StreamQuality | undefined {
  if (value === null || value === 'main') return 'main';
  return value === 'low' ? 'low' : undefined;
}

/**
 * The URL for a new connection: a fresh `t` each time, so no cache between the browser and the
 * station can answer with old audio, and a resume starts at the live edge. `/listen` passes it
 * on to the stream; Icecast ignores the query when it matches the mount. Works for a path of
 * our own as for a full URL, keeping any query the station needs.
 */
export function liveStreamUrl(streamUrl: string, now: number): string {
  const relative = streamUrl.startsWith('/');
  const url = new URL(streamUrl, 'http://relative.invalid');
  url.searchParams.set('t', String(now));
  return relative ? `${url.pathname}${url.search}${url.hash}` : url.toString();
}

/** The `t` of a `/listen` request, when it is one the player made. */
export function connectionStamp(value: string | null): number | undefined {
  return value && /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}
