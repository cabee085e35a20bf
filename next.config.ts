import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';

type LoadArticles = typeof import('./lib/content/load-articles');

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
  // Off: Next.js hashes the whole page for its ETag on every response (1 ms of an 82 kB article's
  // 3.2 ms). The site's own server sends a cached page's bytes with an ETag made once per
  // version of the page instead, and answers 304s (lib/server/encoded-bodies.ts).
  generateEtags: false,
  reactStrictMode: true,
  experimental: {
    // Regenerated pages are also written under the build folder, so the next process starts from
    // them (and an old story rendered once stays rendered). Test servers that share one build but
    // not one station turn it off (PAGE_CACHE_TO_DISK=off, e2e/support/env.ts): otherwise a server
    // just started reads the page another server regenerated, naming that server's track.
    isrFlushToDisk: process.env.PAGE_CACHE_TO_DISK !== 'off',
  },
  // This folder is the project, even inside another checkout (the Node 24 copy that
  // scripts/node24.sh keeps under .run/): Next.js would otherwise pick the outer lock file's.
  outputFileTracingRoot: process.cwd(),
  turbopack: { root: process.cwd() },
  // Loaded from node_modules at run time: better-sqlite3 is native; the VTIMEZONE generator reads
  // its zone files next to itself, which a bundle would leave behind.
  serverExternalPackages: ['better-sqlite3', '@touch4it/ical-timezones'],
  // Security headers are set by the front door on every response (lib/server/front-door.ts): a
  // `headers()` here is fixed at build time and skipped by Next's own redirects and errors.
  // Unknown addresses, and other spellings of a page's, are routed there too
  // (lib/routing/site-paths.ts): no rewrite or redirect here, so routing costs the same with
  // 10 stories or 10,000.
  images: {
    // The optimizer fetches only real image files of ours: never /api/ (an event stream it
    // would hold open for good), never anything else a URL can name.
    localPatterns: [{ pathname: '/images/**', search: '' }],
  },
};

/**
 * Every article, checked, before `next build` compiles anything: a malformed one stops the build
 * in a second with its file and field named, not after minutes (lib/content/load-articles.ts).
 * Loaded only in `next build` itself, and while this file loads (Next compiles TypeScript for
 * require only then): the server and the build's workers read this file too, and the checker's
 * modules cost each of them half a second. The dev server keeps running and shows the same error
 * on the page that reads the file. Were the command not seen, the build would still fail on the
 * file, later, as it prerenders the pages.
 */
const checkArticles = process.argv.slice(2).includes('build')
  ? // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./lib/content/load-articles') as LoadArticles).readArticles
  : undefined;

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD) checkArticles?.();
  return nextConfig;
}
