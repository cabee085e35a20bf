/**
 * The stream URL for a new connection: a fresh query each time, so no cache between the browser
 * and the station can answer with old audio, and a resume starts at the live edge. Icecast
 * ignores the query when it matches the mount.
 */
export function liveStreamUrl(streamUrl: string, now: number): string {
  try {
    const url = new URL(streamUrl);
    url.searchParams.set('t', String(now));
    return url.toString();
  } catch {
    const [base = '', hash] = streamUrl.split('#', 2);
    const withQuery = `${base}${base.includes('?') ? '&' : '?'}t=${now}`;
    return hash === undefined ? withQuery : `${withQuery}#${hash}`;
  }
}
