import Link from 'next/link';
import { station } from '@/lib/config';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-rule bg-wash text-sm text-muted">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8 sm:flex-row sm:justify-between">
        <p>
          <span className="font-semibold text-ink">{station.name}</span> is the news service of{' '}
          {station.stationName}, a volunteer-run community station in Oldham.
        </p>
        <ul className="flex flex-wrap gap-x-4 gap-y-2" data-print="hide">
          <li>
            <Link className="underline hover:text-ink" href="/news" prefetch={false}>
              All news
            </Link>
          </li>
          <li>
            <Link className="underline hover:text-ink" href="/schedule" prefetch={false}>
              Programme schedule
            </Link>
          </li>
          <li>
            <Link className="underline hover:text-ink" href="/played" prefetch={false}>
              What played today
            </Link>
          </li>
          <li>
            <a className="underline hover:text-ink" href="/feed.xml">
              RSS feed
            </a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
