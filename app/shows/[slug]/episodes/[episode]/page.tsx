import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DateTime } from '@/components/date-time';
import { EpisodeTracks } from '@/components/listen-again/episode-tracks';
import { PlayEpisodeButton } from '@/components/listen-again/episode-buttons.client';
import { RecordingNotes } from '@/components/listen-again/recording-notes';
import { ShowTimes } from '@/components/schedule/show-times';
import { getEpisodePage } from '@/lib/cache/episodes';
import { episodeId } from '@/lib/listen-again/episode';
import { formatLength } from '@/lib/listen-again/format';
import { episodeAudioPath, episodePath, podcastPath } from '@/lib/listen-again/paths';
import { episodeTitle } from '@/lib/listen-again/title';
import { schedule } from '@/lib/schedule/load';
import { findShow, joinNames, recentShowAirings } from '@/lib/shows/airings';
import { showPath } from '@/lib/shows/paths';

// Episodes render on their first request and come from cache after that; the front door lets
// through only the episodes listed now (lib/listen-again/listed.ts). Cache Components wants one
// per show at build time to check the route with: its latest airing (the build reads no episodes;
// the server marks the copy out of date as it starts).
// Two unknown params leave Cache Components no generic shell to check; each episode's page is
// still rendered once and served from cache after (as the ones prerendered).
// @see https://nextjs.org/docs/app/api-reference/file-conventions/route-segment-config/instant
export const instant = false;

export function generateStaticParams({ params }: { params: { slug: string } }) {
  const [latest] = recentShowAirings(schedule, params.slug, new Date(), 1, 400);
  return [{ episode: latest ? episodeId(latest.start) : 'none' }];
}

export async function generateMetadata({
  params,
}: PageProps<'/shows/[slug]/episodes/[episode]'>): Promise<Metadata> {
  const { slug, episode } = await params;
  const page = await getEpisodePage(slug, episode);
  const show = findShow(schedule, slug);
  if (!page || !show) return {};
  const title = episodeTitle(show, page.airing);
  return {
    title,
    description: `${show.name} as broadcast, to listen again, with the tracks it played. ${show.description}`,
    alternates: {
      canonical: episodePath(slug, episode),
      types: {
        'application/rss+xml': [{ url: podcastPath(slug), title: `${show.name} (podcast)` }],
      },
    },
  };
}

export default async function EpisodePage({
  params,
}: PageProps<'/shows/[slug]/episodes/[episode]'>) {
  const { slug, episode } = await params;
  const show = findShow(schedule, slug);
  const page = show ? await getEpisodePage(slug, episode) : null;
  if (!show || !page) notFound();
  const { airing } = page;
  const [start, end] = [new Date(airing.start), new Date(airing.end)];
  const source =
    page.status === 'ready'
      ? {
          key: `${slug}/${episode}`,
          src: episodeAudioPath(slug, episode),
          title: episodeTitle(show, airing),
          show: show.name,
          href: episodePath(slug, episode),
          durationS: page.record.durationS,
        }
      : null;

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <p className="text-sm">
        <Link href={showPath(slug)} prefetch={false} className="text-brand underline">
          {show.name}
        </Link>
      </p>
      <h1 className="mt-3 font-serif text-4xl font-bold">{show.name}</h1>
      <p className="mt-2 text-lg">
        <DateTime value={start} format="long-date" />, <ShowTimes start={start} end={end} /> (UK
        time)
        {airing.presenters.length > 0 ? <> · with {joinNames(airing.presenters)}</> : null}
      </p>

      {page.status === 'ready' && source ? (
        <>
          <div className="mt-6 flex flex-wrap items-center gap-x-4 gap-y-2">
            <PlayEpisodeButton source={source} />
            <span className="text-muted">{formatLength(page.record.durationS)}</span>
            <a href={source.src} download className="text-brand underline">
              Download (MP3, {Math.max(1, Math.round(page.record.bytes / 1e6))} MB)
            </a>
          </div>
          <noscript>
            {/* Without the dock's JavaScript, the browser's own player. */}
            <audio controls preload="none" src={source.src} className="mt-4 w-full" />
          </noscript>
          <RecordingNotes record={page.record} />
          <section aria-labelledby="tracks-heading" className="mt-10">
            <h2 id="tracks-heading" className="text-xl font-bold">
              Tracks
            </h2>
            <EpisodeTracks source={source} tracks={page.tracks} />
          </section>
        </>
      ) : (
        <p className="mt-6 text-lg text-muted">
          {page.status === 'missing'
            ? 'There is no recording of this airing to listen again: it is made a minute after the programme ends, and nothing is made when the station was not recorded.'
            : 'Listen again is not available right now.'}
        </p>
      )}
    </div>
  );
}
