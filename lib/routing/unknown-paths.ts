/**
 * Rewrites (next.config.ts) that send every path under /news and /shows that is not one of our
 * pages to a path no route has, which Next.js answers with the prerendered not-found page.
 *
 * Why: with Cache Components, `dynamicParams = false` is not available, and Next.js renders a
 * slug that `generateStaticParams` did not list on request, then keeps that 404 in its route
 * cache on disk for good. Anyone could fill the disk with made-up slugs (and a full disk stops
 * the play history). The pages are known when the site is built, so the router can tell.
 * @see ../../docs/architecture.md "Unknown addresses"
 */
export const NO_ROUTE_PATH = '/_not-a-page';

type Rewrite = { source: string; destination: string };

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A path segment that is none of `known`, as a path-to-regexp parameter pattern. */
const noneOf = (known: readonly string[]) =>
  known.length === 0 ? '[^/]+' : `(?!(?:${known.map(escape).join('|')})(?:/|$))[^/]+`;

/** A section or tag page as next.config.ts knows it: its slug and its number of pages. */
export type KnownListing = { slug: string; pageCount: number };

/** The page numbers past 1 of a listing with `pageCount` pages, as path segments. */
const laterPages = (pageCount: number) =>
  Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => String(i + 2));

/** `base/page` and `base/page/<n>` that are not a page of `base` (page 1 is `base`, a redirect). */
const unknownPageNumbers = (base: string, pageCount: number): Rewrite[] => [
  { source: `${base}/page`, destination: NO_ROUTE_PATH },
  {
    source: `${base}/page/:page(${noneOf(['1', ...laterPages(pageCount)])})/:rest*`,
    destination: NO_ROUTE_PATH,
  },
];

/** Everything under `base` (a listing's page 1, an optional catch-all) that is not one of its pages. */
function unknownPagesOf(base: string, pageCount: number): Rewrite[] {
  return [
    { source: `${base}/:part(${noneOf(['page'])})/:rest*`, destination: NO_ROUTE_PATH },
    ...unknownPageNumbers(base, pageCount),
    { source: `${base}/page/:page/:rest+`, destination: NO_ROUTE_PATH },
  ];
}

export function unknownNewsPathRewrites({
  slugs,
  pageCount,
  sections = [],
  tags = [],
}: {
  slugs: readonly string[];
  pageCount: number;
  sections?: readonly KnownListing[];
  tags?: readonly KnownListing[];
}): Rewrite[] {
  const listings = (kind: 'section' | 'tag', known: readonly KnownListing[]): Rewrite[] => [
    { source: `/news/${kind}`, destination: NO_ROUTE_PATH },
    {
      source: `/news/${kind}/:slug(${noneOf(known.map((listing) => listing.slug))})/:rest*`,
      destination: NO_ROUTE_PATH,
    },
    ...known.flatMap((listing) =>
      unknownPagesOf(`/news/${kind}/${escape(listing.slug)}`, listing.pageCount),
    ),
  ];
  return [
    // A story that does not exist, and anything under it (its Open Graph image included).
    {
      source: `/news/:slug(${noneOf([...slugs, 'page', 'section', 'tag'])})/:rest*`,
      destination: NO_ROUTE_PATH,
    },
    ...unknownPageNumbers('/news', pageCount),
    ...listings('section', sections),
    ...listings('tag', tags),
  ];
}

/** `/news/page/1` and each listing's `/page/1` are the first page's own address. */
export function firstPageRedirects(listingBases: readonly string[]) {
  return ['/news', ...listingBases].map((base) => ({
    source: `${base}/page/1`,
    destination: base,
    permanent: true,
  }));
}

/**
 * `/shows/<id>.ics` to the show's calendar route, and every other path under /shows that is not
 * a show's page (or its calendar) to the not-found page.
 */
export function showPathRewrites({ showIds }: { showIds: readonly string[] }): Rewrite[] {
  const known = showIds.map(escape).join('|');
  return [
    { source: `/shows/:slug(${known})\\.ics`, destination: '/shows/:slug/calendar.ics' },
    {
      source: `/shows/:slug(${noneOf([...showIds, ...showIds.map((id) => `${id}.ics`)])})/:rest*`,
      destination: NO_ROUTE_PATH,
    },
  ];
}
