import Link from 'next/link';
import type { ReactNode } from 'react';
import { station } from '@/lib/config';

type Props = {
  /** The live strip (on air now, now playing) and the player sit under the masthead. */
  live?: ReactNode;
};

const navigation = [
  { href: '/news', label: 'News' },
  { href: '/schedule', label: 'Schedule' },
  { href: '/shows', label: 'Shows' },
] as const;

export function SiteHeader({ live }: Props) {
  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-end justify-between gap-x-6 gap-y-2 px-4 pt-4 pb-3">
        {/* No prefetch on the chrome: it is on every page, and prefetching the home page and the
            schedule costs every reader their JavaScript (12 kB) for a click most never make. */}
        <Link
          href="/"
          prefetch={false}
          className="rounded-sm no-underline focus-visible:outline-accent"
        >
          <span className="block font-serif text-3xl leading-none font-bold tracking-tight sm:text-4xl">
            {station.name}
          </span>
          <span className="mt-1 block text-sm text-white/85">{station.stationName}</span>
        </Link>
        <nav aria-label="Primary" data-print="hide">
          <ul className="flex gap-1">
            {navigation.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  prefetch={false}
                  className="inline-block min-h-6 rounded-sm px-3 py-2 text-base font-semibold text-white hover:bg-white/10 hover:underline focus-visible:outline-accent"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {live}
    </header>
  );
}
