/**
 * Which addresses under /news, /shows and /played are pages of ours, and what the front door does with
 * every other one. Pure: the index is made once per process from the content
 * (lib/routing/site-index.ts), and each request costs a few map look-ups, the same with 10
 * stories or 10,000. Nothing here lists the archive in a pattern.
 *
 * Why the front door decides, not Next.js: with Cache Components `dynamicParams = false` is
 * unavailable, so Next.js renders any slug on request and keeps the result on disk for good.
 * Unknown paths go to a path no route has (the prerendered 404, nothing written); a path that
 * differs from a page's only in letter case, a trailing slash, percent-encoding or `/page/1`
 * is sent to that page's one address (308).
 * @see ../../docs/architecture.md "Unknown addresses"
 */
import { isRoutablePlayedDay } from '@/lib/played/day';

export const NO_ROUTE_PATH = '/_not-a-page';

export type SitePaths = {
  /** Story slugs. */
  stories: ReadonlySet<string>;
  /** Pages of the news index. */
  newsPageCount: number;
  /** Section and tag slugs, each with its number of pages. */
  sections: ReadonlyMap<string, number>;
  tags: ReadonlyMap<string, number>;
  /** Show ids. */
  shows: ReadonlySet<string>;
  /** Shows with listen again: a podcast feed, and episodes while they are listed. */
  listenAgain: ReadonlySet<string>;
  /** Whether `id` is an episode of the show listed at `now` (lib/listen-again/listed.ts). */
  isEpisode(showId: string, id: string, now: Date): boolean;
};

export type PathVerdict =
  | { action: 'serve' }
  | { action: 'redirect'; location: string }
  | { action: 'rewrite'; url: string };

const SERVE: PathVerdict = { action: 'serve' };

/** `n` as a page number of a listing with `count` pages: its canonical suffix, or undefined. */
function pageSuffix(n: string | undefined, count: number): string | undefined {
  if (n === undefined || !/^[1-9]\d{0,5}$/.test(n) || Number(n) > count) return undefined;
  return n === '1' ? '' : `/page/${n}`;
}

/** A listing's address with an optional `page/<n>` after it, or undefined. */
function listingPage(base: string, count: number, rest: readonly string[]): string | undefined {
  if (rest.length === 0) return base;
  if (rest.length !== 2 || rest[0] !== 'page') return undefined;
  const suffix = pageSuffix(rest[1], count);
  return suffix === undefined ? undefined : `${base}${suffix}`;
}

function newsPath(paths: SitePaths, rest: readonly string[]): string | undefined {
  const [first, second, ...more] = rest;
  if (first === undefined) return '/news';
  if (first === 'page') return listingPage('/news', paths.newsPageCount, rest);
  if (first === 'section' || first === 'tag') {
    const count = second && (first === 'section' ? paths.sections : paths.tags).get(second);
    return count ? listingPage(`/news/${first}/${second}`, count, more) : undefined;
  }
  if (!paths.stories.has(first)) return undefined;
  if (second === undefined) return `/news/${first}`;
  return second === 'opengraph-image' && more.length === 0
    ? `/news/${first}/opengraph-image`
    : undefined;
}

/**
 * A show's page, its calendar (`/shows/<id>.ics`, served by `/shows/<id>/calendar.ics`), its
 * podcast feed and its episodes' pages (listen again).
 */
function showsPath(paths: SitePaths, rest: readonly string[], now: Date): string | undefined {
  const [first, second, third] = rest;
  if (first === undefined) return '/shows';
  const id = first.endsWith('.ics') ? first.slice(0, -'.ics'.length) : first;
  if (!paths.shows.has(id)) return undefined;
  if (rest.length === 1) return `/shows/${first}`;
  if (id !== first) return undefined;
  if (rest.length === 2 && second === 'calendar.ics') return `/shows/${id}.ics`;
  if (!paths.listenAgain.has(id)) return undefined;
  if (rest.length === 2 && second === 'podcast.xml') return `/shows/${id}/podcast.xml`;
  return rest.length === 3 && second === 'episodes' && paths.isEpisode(id, third!, now)
    ? `/shows/${id}/episodes/${third}`
    : undefined;
}

/** `/played`, or a day's plays: a real date from ROUTED_PAST_DAYS ago to today (UK time). */
function playedPath(rest: readonly string[], now: Date): string | undefined {
  if (rest.length === 0) return '/played';
  return rest.length === 1 && isRoutablePlayedDay(rest[0]!, now) ? `/played/${rest[0]}` : undefined;
}

/** Lower-cased, percent-decoded segments; undefined when one does not decode. */
function segmentsOf(pathname: string): string[] | undefined {
  try {
    return pathname
      .split('/')
      .filter(Boolean)
      .map((segment) => decodeURIComponent(segment).toLowerCase());
  } catch {
    return undefined;
  }
}

/**
 * What the front door does with a request for `target` (path and query) under /news, /shows or
 * /played (whose days depend on `now`). Other paths are served as they are: no route of ours
 * renders them per request.
 */
export function routePath(paths: SitePaths, target: string, now = new Date()): PathVerdict {
  const queryAt = target.search(/[?#]/);
  const pathname = queryAt === -1 ? target : target.slice(0, queryAt);
  const query = queryAt === -1 ? '' : target.slice(queryAt);
  const [area, ...rest] = segmentsOf(pathname) ?? [];
  if (area !== 'news' && area !== 'shows' && area !== 'played') return SERVE;
  const canonical =
    area === 'news'
      ? newsPath(paths, rest)
      : area === 'shows'
        ? showsPath(paths, rest, now)
        : playedPath(rest, now);
  if (canonical === undefined) return { action: 'rewrite', url: `${NO_ROUTE_PATH}${query}` };
  if (canonical !== pathname) return { action: 'redirect', location: `${canonical}${query}` };
  if (area === 'shows' && canonical.endsWith('.ics')) {
    return { action: 'rewrite', url: `${canonical.slice(0, -'.ics'.length)}/calendar.ics${query}` };
  }
  return SERVE;
}
