import type { APIRequestContext } from '@playwright/test';

export type Airing = { show: string; start: string; end: string };
export type OnAir = { now: Airing; next: Airing };

// Longer than a whole run of the suite: its servers start with every page expired.
const RUN_MS = 15 * 60_000;

/**
 * What GET /api/on-air says before and after `action`, and the shows a cached page's first HTML
 * may name meanwhile. A request can straddle a boundary, so either answer is right. And a page
 * nobody has asked for since the last boundary is served once as it was, while it regenerates
 * (stale-while-revalidate; the strip's island corrects it in the browser at once), so when that
 * boundary fell during the run, the show before it is right too.
 */
export async function onAirAround(request: APIRequestContext, action: () => Promise<unknown>) {
  const read = async (at?: Date) =>
    (await (
      await request.get('/api/on-air', at ? { params: { at: at.toISOString() } } : undefined)
    ).json()) as OnAir;
  const before = await read();
  await action();
  const after = await read();
  const shows = new Set([before.now.show, after.now.show]);
  const boundary = Date.parse(before.now.start);
  if (Date.now() - boundary < RUN_MS) shows.add((await read(new Date(boundary - 1_000))).now.show);
  return { before, after, shows: [...shows] };
}

/** A show's name as React writes it into HTML. */
export const inHtml = (show: string) => show.replace(/&/g, '&amp;').replace(/'/g, '&#x27;');
