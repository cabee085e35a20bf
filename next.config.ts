import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NextConfig } from 'next';
import { readArticleFiles, splitFrontmatter } from './lib/content/article-files';
import { pageCountFor } from './lib/content/paging';
import { isListed, listingPath, listingsOf, type Listing } from './lib/content/taxonomy';
import {
  firstPageRedirects,
  showPathRewrites,
  unknownNewsPathRewrites,
} from './lib/routing/unknown-paths';

type Tagged = { section?: unknown; tags?: string[] };

// The shows, by id: the pages /shows/* can have. (The schedule is validated when it is loaded.)
const showIds = (
  JSON.parse(readFileSync(path.join(process.cwd(), 'content', 'schedule.json'), 'utf8')) as {
    shows: { id: string }[];
  }
).shows.map((show) => show.id);

// The stories, their sections and tags: the pages /news/* can have (lib/routing/unknown-paths.ts).
// The frontmatter is checked when the pages are built; a story here with a bad one fails there.
const articles = readArticleFiles(path.join(process.cwd(), 'content', 'articles')).map(
  ({ file, slug, text }) => ({ slug, ...(splitFrontmatter(file, text).data as Tagged) }),
);
const slugs = articles.map((article) => article.slug);
const known = listingsOf(
  articles.map((article) => ({ section: String(article.section), tags: article.tags ?? [] })),
);
const withPages = (kind: 'section' | 'tag', listings: Listing[]) =>
  listings.map((listing) => ({
    slug: listing.slug,
    pageCount: pageCountFor(
      articles.filter((article) =>
        isListed({ section: String(article.section), tags: article.tags ?? [] }, listing),
      ).length,
    ),
    base: listingPath(listing),
  }));
const sections = withPages('section', known.sections);
const tags = withPages('tag', known.tags);

const nextConfig: NextConfig = {
  // Every page is prerendered and served from cache; live data reaches it by revalidation
  // (lib/cache/live-data.ts) and open pages through the islands. Nothing renders per request.
  cacheComponents: true,
  // Off: with Partial Prefetching on, the first request for an unknown slug streamed the
  // not-found page with status 200 (measured on 16.4.6); off, it is a 404 from the first request.
  partialPrefetching: false,
  // A second build directory lets a test run `next build` on broken content beside the real one.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // This folder is the project, even inside another checkout (the Node 24 copy that
  // scripts/node24.sh keeps under .run/): Next.js would otherwise pick the outer lock file's.
  outputFileTracingRoot: process.cwd(),
  turbopack: { root: process.cwd() },
  // Loaded from node_modules at run time: better-sqlite3 is native; the VTIMEZONE generator reads
  // its zone files next to itself, which a bundle would leave behind.
  serverExternalPackages: ['better-sqlite3', '@touch4it/ical-timezones'],
  // Security headers are set by the front door on every response (lib/server/front-door.ts): a
  // `headers()` here is fixed at build time and skipped by Next's own redirects and errors.
  images: {
    // The optimizer fetches only real image files of ours: never /api/ (an event stream it
    // would hold open for good), never anything else a URL can name.
    localPatterns: [{ pathname: '/images/**', search: '' }],
  },
  async redirects() {
    return firstPageRedirects([...sections, ...tags].map((listing) => listing.base));
  },
  async rewrites() {
    return {
      beforeFiles: [
        ...unknownNewsPathRewrites({
          slugs,
          pageCount: pageCountFor(slugs.length),
          sections,
          tags,
        }),
        ...showPathRewrites({ showIds }),
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
