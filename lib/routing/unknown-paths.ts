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

export function unknownNewsPathRewrites({
  slugs,
  pageCount,
}: {
  slugs: readonly string[];
  pageCount: number;
}): Rewrite[] {
  // `page` is a path of its own (/news/page/2), not a story.
  const pages = Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => String(i + 2));
  return [
    // A story that does not exist, and anything under it (its Open Graph image included).
    { source: `/news/:slug(${noneOf([...slugs, 'page'])})/:rest*`, destination: NO_ROUTE_PATH },
    { source: '/news/page', destination: NO_ROUTE_PATH },
    // /news/page/1 is /news (a redirect); past the last page there is nothing.
    { source: `/news/page/:page(${noneOf(['1', ...pages])})/:rest*`, destination: NO_ROUTE_PATH },
  ];
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
