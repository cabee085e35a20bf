import Link from 'next/link';
import type { ReactNode } from 'react';
import { station } from '@/lib/config';
import { MobileMenu } from './mobile-menu.client';
import { ChevronIcon } from '@/components/site/chevron-icon';

type Props = {
  /** The live strip (on air now, now playing) and the player sit under the masthead. */
  live?: ReactNode;
};

const navigation = [
  { href: '/news', label: 'News' },
  { href: '/schedule', label: 'Schedule' },
  { href: '/shows', label: 'Shows' },
  { href: '/search', label: 'Search' },
] as const;

const linkClass =
  'inline-block min-h-6 rounded-sm px-3 py-2 text-base font-semibold text-white hover:bg-white/10 hover:underline focus-visible:outline-accent';

/**
 * The masthead: on a phone one slim row, the name and a "Menu" (./mobile-menu.client.tsx);
 * from `sm` up, the name over the station's and the links in a row.
 */
export function SiteHeader({ live }: Props) {
  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-x-6 px-4 py-1.5 sm:flex-wrap sm:items-end sm:pt-4 sm:pb-3">
        {/* No prefetch on the chrome: it is on every page, and prefetching the home page and the
            schedule costs every reader their JavaScript (12 kB) for a click most never make. */}
        <Link
          href="/"
          prefetch={false}
          className="rounded-sm no-underline focus-visible:outline-accent"
        >
          <span className="block font-serif text-2xl leading-none font-bold tracking-tight sm:text-4xl">
            {station.name}
          </span>
          <span className="mt-1 hidden text-sm text-white/85 sm:block">{station.stationName}</span>
        </Link>
        <nav aria-label="Primary" data-print="hide">
          <MobileMenu
            summary={
              <summary className="flex min-h-11 cursor-pointer list-none items-center gap-1.5 rounded-sm px-3 font-semibold focus-visible:outline-accent [&::-webkit-details-marker]:hidden">
                Menu
                <ChevronIcon className="size-4 group-open:rotate-180" />
              </summary>
            }
          >
            <ul className="absolute right-0 z-50 mt-1 w-48 rounded-md bg-brand py-1 shadow-lg ring-1 ring-white/20">
              {navigation.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} prefetch={false} className={`${linkClass} block`}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </MobileMenu>
          <ul className="hidden gap-1 sm:flex">
            {navigation.map((item) => (
              <li key={item.href}>
                <Link href={item.href} prefetch={false} className={linkClass}>
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
