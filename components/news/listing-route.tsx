import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NewsIndex } from './news-index';
import { getListing, getListingPage, getListings } from '@/lib/content/articles';
import { PRERENDERED_LISTING_PAGES } from '@/lib/content/paging';
import { listingPagePath, listingPath, type Listing } from '@/lib/content/taxonomy';

/**
 * The two kinds of listing page, `/news/section/<slug>[/page/<n>]` and `/news/tag/<slug>[/page/<n>]`
 * (an optional catch-all for the page): their parameters, metadata and page, shared by both
 * route files. Unknown slugs and pages never get here: the front door sends them to the 404
 * (lib/routing/site-paths.ts).
 */
type Kind = Listing['kind'];

const titleOf = (listing: Listing) =>
  listing.kind === 'section' ? listing.name : `Stories tagged “${listing.name}”`;

/** Page 1 is the listing's own address (`page` absent); page n is `page/n`. */
function pageNumber(page: string[] | undefined): number {
  if (!page || page.length === 0) return 1;
  const [word, n] = page;
  return page.length === 2 && word === 'page' && /^[1-9]\d{0,4}$/.test(n!) && n !== '1'
    ? Number(n)
    : NaN;
}

export function listingParams(kind: Kind, key: 'section' | 'tag') {
  const listings = kind === 'section' ? getListings().sections : getListings().tags;
  return listings.flatMap((item) => {
    const { pageCount } = getListing(kind, item.slug)!;
    return Array.from({ length: Math.min(pageCount, PRERENDERED_LISTING_PAGES) }, (_, i) => ({
      [key]: item.slug,
      page: i === 0 ? [] : ['page', String(i + 1)],
    }));
  });
}

export function listingMetadata(kind: Kind, slug: string, page?: string[]): Metadata {
  const listing = getListing(kind, slug);
  const n = pageNumber(page);
  if (!listing || Number.isNaN(n)) return {};
  const title = n === 1 ? titleOf(listing) : `${titleOf(listing)}, page ${n}`;
  return {
    title,
    description: `${titleOf(listing)}: the stories from Oldham Reporter, newest first.`,
    alternates: { canonical: listingPagePath(listingPath(listing), n) },
  };
}

export function ListingPage({ kind, slug, page }: { kind: Kind; slug: string; page?: string[] }) {
  const result = getListingPage(kind, slug, pageNumber(page));
  if (!result) notFound();
  const { listing, ...rest } = result;
  return <NewsIndex {...rest} title={titleOf(listing)} basePath={listingPath(listing)} />;
}
