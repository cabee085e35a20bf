import Link from 'next/link';
import { ArticleCardList } from '@/components/article/article-card';
import { Forecast } from '@/components/forecast/forecast';
import { RecentlyPlayed } from '@/components/live/recently-played';
import { LeadStory } from '@/components/news/lead-story';
import { getAllArticles, toSummary } from '@/lib/content/articles';
import { station } from '@/lib/config';

export default function HomePage() {
  const [lead, ...rest] = getAllArticles().map(toSummary);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="sr-only">
        {station.name}: news and live radio from {station.stationName}
      </h1>
      {lead ? <LeadStory article={lead} /> : null}
      <div className="mt-12 lg:grid lg:grid-cols-[minmax(0,1fr)_18rem] lg:gap-10">
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading" className="mb-4 text-2xl font-bold">
            Latest news
          </h2>
          <ArticleCardList articles={rest.slice(0, 6)} className="gap-8 sm:grid-cols-2" />
          <p className="mt-8">
            <Link href="/news" className="font-semibold text-brand underline">
              All news
            </Link>
          </p>
        </section>
        <aside className="mt-12 lg:mt-0" data-print="hide" aria-label="Around Oldham">
          <Forecast />
          <RecentlyPlayed />
        </aside>
      </div>
    </div>
  );
}
