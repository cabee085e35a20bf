import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { NextConfig } from 'next';
import { pageCountFor } from './lib/content/paging';
import { showPathRewrites, unknownNewsPathRewrites } from './lib/routing/unknown-paths';

// The shows, by id: the pages /shows/* can have. (The schedule is validated when it is loaded.)
const showIds = (
  JSON.parse(readFileSync(path.join(process.cwd(), 'content', 'schedule.json'), 'utf8')) as {
    shows: { id: string }[];
  }
).shows.map((show) => show.id);

// The stories, by file name: the pages /news/* can have (lib/routing/unknown-paths.ts).
const slugs = readdirSync(path.join(process.cwd(), 'content', 'articles'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.slice(0, -'.mdx'.length));

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
    return [{ source: '/news/page/1', destination: '/news', permanent: true }];
  },
  async rewrites() {
    return {
      beforeFiles: [
        ...unknownNewsPathRewrites({ slugs, pageCount: pageCountFor(slugs.length) }),
        ...showPathRewrites({ showIds }),
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
