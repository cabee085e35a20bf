import { cacheLife, cacheTag } from 'next/cache';
import { connection } from 'next/server';
import { getShowEpisodes } from '@/lib/cache/episodes';
import { siteUrl, station } from '@/lib/config';
import { otherMethodsNotAllowed } from '@/lib/http/method-not-allowed';
import { podcastFeed } from '@/lib/listen-again/podcast-feed';
import { schedule } from '@/lib/schedule/load';
import { findShow } from '@/lib/shows/airings';

/**
 * `/shows/<id>/podcast.xml`: the show's listen again as a podcast (lib/listen-again/podcast-feed.ts),
 * for shows that have it (the front door sends the others to the 404). Made again as each
 * episode is made or leaves, as the show's page is.
 */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/shows/[slug]/podcast.xml'>,
) {
  // See app/schedule.ics/route.ts.
  await connection();
  const { slug } = await params;
  const show = findShow(schedule, slug);
  if (!show) return Response.json({ error: 'No such show' }, { status: 404 });
  return new Response(await podcastXml(slug), {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      // Podcast apps poll; a shared cache may answer them for a few minutes.
      'Cache-Control': 'public, max-age=300, s-maxage=300',
    },
  });
}

async function podcastXml(showId: string): Promise<string> {
  'use cache';
  cacheTag('episodes');
  cacheLife({ revalidate: 300, expire: 24 * 60 * 60 });
  const show = findShow(schedule, showId)!;
  const listed = await getShowEpisodes(showId);
  return podcastFeed(show, listed.status === 'listed' ? listed.episodes : [], {
    siteUrl,
    stationName: station.stationName,
    locale: station.locale,
    artwork: station.artwork,
    days: listed.days,
  });
}

export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed('GET, HEAD');
