import 'server-only';
import { connection } from 'next/server';
import { siteUrl } from '@/lib/config';
import { getSitemapEntries } from './site-index';
import type { SitemapEntry } from '@/lib/content/sitemap';

type Make = (entries: readonly SitemapEntry[], siteUrl: string) => Promise<string> | undefined;

/**
 * A sitemap file as a response, 404 where `make` has none. Written on request from the entries
 * made once per process, and kept by caches for an hour.
 */
export async function sitemapResponse(make: Make): Promise<Response> {
  await connection();
  const xml = await make(getSitemapEntries(), siteUrl);
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
