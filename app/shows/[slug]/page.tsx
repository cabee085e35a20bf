import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleCardList } from '@/components/article/article-card';
import { JsonLd } from '@/components/article/json-ld';
import { EpisodeList } from '@/components/listen-again/episode-list';
import { AddToCalendar } from '@/components/shows/add-to-calendar';
import { NextAiring } from '@/components/shows/next-airing';
import { ShowPlaylists } from '@/components/shows/show-playlists';
import { ShowTimesList } from '@/components/shows/show-times-list';
import { ShowArtwork } from '@/components/shows/show-artwork';
import { getShowEpisodes } from '@/lib/cache/episodes';
import { getShowAirings, getShowPlaylists } from '@/lib/cache/live-data';
import { absoluteUrl, station } from '@/lib/config';
import { hasListenAgain } from '@/lib/listen-again/listed';
import { podcastPath } from '@/lib/listen-again/paths';
import { getArticlesAboutShow } from '@/lib/content/articles';
import { schedule } from '@/lib/schedule/load';
import { findShow, joinNames } from '@/lib/shows/airings';
import { showCalendarPath, showPath } from '@/lib/shows/paths';
import { radioSeriesJsonLd } from '@/lib/shows/radio-series-json-ld';
import { listOccurrences } from '@/lib/schedule/resolve';

export function generateStaticParams() {
  return schedule.shows.map(({ id }) => ({ slug: id }));
}

export async function generateMetadata({ params }: PageProps<'/shows/[slug]'>): Promise<Metadata> {
  const show = findShow(schedule, (await params).slug);
  if (!show) return {};
  return {
    title: show.name,
    description: show.description,
    alternates: {
      canonical: showPath(show.id),
      types: {
        'text/calendar': [{ url: showCalendarPath(show.id), title: show.name }],
        // The podcast of its listen again, where it has one: podcast apps find it from the page.
        ...(hasListenAgain(schedule, station.listenAgainDays, show.id)
          ? {
              'application/rss+xml': [
                { url: podcastPath(show.id), title: `${show.name} (podcast)` },
              ],
            }
          : {}),
      },
    },
    openGraph: { type: 'website', url: showPath(show.id), title: show.name },
  };
}

export default async function ShowPage({ params }: PageProps<'/shows/[slug]'>) {
  const show = findShow(schedule, (await params).slug);
  if (!show) notFound();
  const [{ airings, at }, playlists, episodes] = await Promise.all([
    getShowAirings(show.id),
    getShowPlaylists(show.id),
    getShowEpisodes(show.id),
  ]);
  const articles = getArticlesAboutShow(show.id);
  const coming = listOccurrences(
    schedule,
    new Date(at),
    new Date(Date.parse(at) + 7 * 86_400_000),
  ).filter((occurrence) => occurrence.showId === show.id);
  const url = absoluteUrl(showPath(show.id));

  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <JsonLd
        data={radioSeriesJsonLd(show, coming, {
          stationName: station.stationName,
          url,
          ...(show.image ? { image: absoluteUrl(show.image) } : {}),
        })}
      />
      <p className="text-sm">
        <Link href="/shows" prefetch={false} className="text-brand underline">
          All shows
        </Link>
      </p>
      <header className="mt-3 flex items-start gap-5">
        <div className="min-w-0 flex-1">
          <h1 className="font-serif text-4xl font-bold">{show.name}</h1>
          {show.presenters.length > 0 ? (
            <p className="mt-1 text-lg font-medium">with {joinNames(show.presenters)}</p>
          ) : null}
          <p className="mt-3 max-w-2xl text-lg text-muted">{show.description}</p>
        </div>
        {show.image ? (
          <ShowArtwork
            src={show.image}
            size={112}
            className="size-20 shrink-0 rounded-md sm:size-28"
          />
        ) : null}
      </header>

      <section aria-labelledby="when-heading" className="mt-8 rounded-md bg-wash p-5">
        <h2 id="when-heading" className="text-xl font-bold">
          When it&apos;s on
        </h2>
        <div className="mt-2 text-lg">
          <NextAiring airings={airings} renderedAt={at} />
        </div>
        <ShowTimesList showId={show.id} at={at} />
        <div className="mt-4">
          <AddToCalendar path={showCalendarPath(show.id)} what={show.name} />
        </div>
      </section>

      <section aria-labelledby="listen-again-heading" className="mt-10">
        <h2 id="listen-again-heading" className="text-xl font-bold">
          Listen again
        </h2>
        <EpisodeList showId={show.id} showName={show.name} listed={episodes} />
      </section>

      <section aria-labelledby="played-heading" className="mt-10">
        <h2 id="played-heading" className="text-xl font-bold">
          What it played
        </h2>
        <p className="mb-3 text-sm text-muted">Times are UK time.</p>
        <ShowPlaylists showName={show.name} playlists={playlists} />
      </section>

      <section aria-labelledby="stories-heading" className="mt-10">
        <h2 id="stories-heading" className="text-xl font-bold">
          Stories about {show.name}
        </h2>
        {articles.length === 0 ? (
          <p className="mt-2 text-muted">No stories about {show.name} yet.</p>
        ) : (
          <ArticleCardList articles={articles} className="mt-4 gap-6 sm:grid-cols-2" />
        )}
      </section>
    </div>
  );
}
