import type { Metadata } from 'next';
import Link from 'next/link';
import { SiteSearch } from '@/components/search/site-search.client';
import { station } from '@/lib/config';

export const metadata: Metadata = {
  title: 'Search',
  description: `Search the stories of ${station.name} and the shows of ${station.stationName}.`,
  alternates: { canonical: '/search' },
};

/**
 * Search over the stories and shows. Prerendered like every page: the search itself runs in the
 * browser, over the index the build wrote (components/search/site-search.client.tsx). Without
 * JavaScript there is no search to run (no page is made per request), so the page says so and
 * gives the ways in that need none.
 */
export default function SearchPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-4xl font-bold">Search</h1>
      <p className="mt-2 text-lg text-muted">
        Find a story by any word in it, or a show by its name or presenter.
      </p>
      <div className="mt-6">
        <SiteSearch />
      </div>
      <noscript>
        <div className="mt-6 rounded-md bg-wash p-4">
          <p className="font-semibold">Search needs JavaScript, which is off in your browser.</p>
          <p className="mt-2">
            Our pages are made in advance and served ready, so the search runs in your browser
            rather than on our server. Without it, every story and show is still a link or two away:
          </p>
          <ul className="mt-2 list-disc pl-6">
            <li>
              <Link href="/news" className="text-brand underline">
                All the news, newest first
              </Link>
              , with its sections and tags
            </li>
            <li>
              <Link href="/shows" className="text-brand underline">
                Every show
              </Link>{' '}
              and the{' '}
              <Link href="/schedule" className="text-brand underline">
                programme schedule
              </Link>
            </li>
            <li>
              <Link href="/played" className="text-brand underline">
                What played today
              </Link>
            </li>
          </ul>
        </div>
      </noscript>
    </div>
  );
}
