import 'server-only';
import { connection } from 'next/server';
import { siteUrl } from '@/lib/config';
import { getSitemapEntries } from './site-index';
import type { SitemapEntry } from '@/lib/content/sitemap';
import { getShowEpisodes } from '@/lib/cache/episodes';
import { episodePath } from '@/lib/listen-again/paths';
import { schedule } from '@/lib/schedule/load';

type Make = (entries: readonly SitemapEntry[], siteUrl: string) => Promise<string> | undefined;

/**
 * A sitemap file as a response, 404 where `make` has none. Written on request from the entries
 * made once per process and the episodes listed to listen again now (the shows' cached lists),
 * and kept by caches for an hour.
 */
export async function sitemapResponse(make: Make): Promise<Response> {
  await connection();
  const xml = await make([...getSitemapEntries(), ...(await listedEpisodes())], siteUrl);
  if (xml === undefined) {
    return Response.json({ error: 'No such sitemap' }, { status: 404 });
  }
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    },
  });
}

/** Every episode listed to listen again, newest of each show first. */
async function listedEpisodes(): Promise<SitemapEntry[]> {
  const lists = await Promise.all(schedule.shows.map((show) => getShowEpisodes(show.id)));
  return schedule.shows.flatMap((show, i) => {
    const list = lists[i]!;
    return list.status === 'listed'
      ? list.episodes.map((episode) => ({
          path: episodePath(show.id, episode.id),
          lastmod: episode.end,
        }))
      : [];
  });
}
