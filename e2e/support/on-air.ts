import type { APIRequestContext } from '@playwright/test';

type Airing = { show: string; start: string; end: string };
export type OnAir = { now: Airing; next: Airing };

/**
 * What GET /api/on-air says before and after `action`, and the shows a cached page's first HTML
 * may name meanwhile: either answer, as a request can straddle a boundary; and the show before a
 * boundary that fell within the suite's run, as a page nobody asked for since then is served once
 * as it was while it regenerates (the strip's island corrects it in the browser at once).
 */
export async function onAirAround(request: APIRequestContext, action: () => Promise<unknown>) {
  const read = async (at?: number) => {
    const params = at === undefined ? undefined : { at: new Date(at).toISOString() };
    return (await (await request.get('/api/on-air', { params })).json()) as OnAir;
  };
  const before = await read();
  await action();
  const after = await read();
  const boundary = Date.parse(before.now.start);
  const shows = [before.now.show, after.now.show];
  if (Date.now() - boundary < 15 * 60_000) shows.push((await read(boundary - 1_000)).now.show);
  return { before, after, shows };
}

/** A show's name as React writes it into HTML. */
export const inHtml = (show: string) => show.replace(/&/g, '&amp;').replace(/'/g, '&#x27;');
