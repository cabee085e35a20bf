import 'server-only';

/**
 * How much audio Icecast sends a new listener at once (its burst-on-connect), in seconds.
 *
 * The player needs it to know how far behind live its listener is (lib/player/heard-track.ts):
 * the browser does not say (Chromium's `buffered` covers only the ~2 s its demuxer has read, not
 * the burst waiting in its network buffer), and Icecast's public status does not either. So the
 * server listens for a few seconds as any listener would: whatever arrived beyond the stream's
 * steady rate was the burst. Codec-agnostic: the steady rate is measured, not decoded.
 * @see ../../docs/icecast.md
 */
export type StreamBurst = {
  burstSeconds: number;
  /** The stream's steady rate, as measured. */
  bytesPerSecond: number;
};

/** When each chunk arrived (ms since the first) and the bytes received up to then. */
export type Arrival = { at: number; total: number };

/**
 * The burst, from the arrivals over a listen: the steady rate from the second half (the burst
 * has arrived by then), and the burst as what the whole listen received beyond that rate.
 * Null when the listen was too short or the stream did not flow.
 */
export function burstFromArrivals(arrivals: readonly Arrival[]): StreamBurst | null {
  const last = arrivals.at(-1);
  if (!last || last.at < 2_000) return null;
  const half = arrivals.findLast((arrival) => arrival.at <= last.at / 2);
  if (!half || last.at - half.at < 1_000) return null;
  const bytesPerSecond = ((last.total - half.total) * 1000) / (last.at - half.at);
  if (!(bytesPerSecond > 0)) return null;
  const burstBytes = last.total - (bytesPerSecond * last.at) / 1000;
  return {
    burstSeconds: Math.max(0, Math.round((burstBytes / bytesPerSecond) * 10) / 10),
    bytesPerSecond: Math.round(bytesPerSecond),
  };
}

/** Listens to `url` for `listenMs` and works out its burst; null when it could not. */
export async function measureBurst(
  url: string,
  { listenMs = 8_000, timeoutMs = 5_000 } = {},
): Promise<StreamBurst | null> {
  const abort = new AbortController();
  const giveUp = setTimeout(() => abort.abort(), timeoutMs + listenMs);
  try {
    const response = await fetch(url, {
      signal: abort.signal,
      headers: { 'user-agent': 'OldhamReporter-burst-probe', 'icy-metadata': '0' },
      redirect: 'follow',
    });
    if (!response.ok || !response.body) return null;
    const reader = response.body.getReader();
    const arrivals: Arrival[] = [];
    let start: number | undefined;
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const now = performance.now();
      start ??= now;
      total += value.byteLength;
      arrivals.push({ at: now - start, total });
      if (now - start >= listenMs) break;
    }
    await reader.cancel().catch(() => {});
    return burstFromArrivals(arrivals);
  } catch {
    return null;
  } finally {
    clearTimeout(giveUp);
    abort.abort();
  }
}
