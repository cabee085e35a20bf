/**
 * What the player plays: our own `/listen`, which redirects to the stream the running server is
 * configured with (STREAM_URL), so cached pages never carry a stream address.
 * @see ../../app/listen/route.ts
 */
export const LISTEN_PATH = '/listen';

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
