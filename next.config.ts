import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Static shell, live islands: pages prerender, and only the on-air strip, now playing and the
  // forecast render per request inside <Suspense> (Partial Prerendering).
  cacheComponents: true,
  // Off: with Partial Prefetching on, the first request for an unknown slug streamed the
  // not-found page with status 200 (measured on 16.4.6); off, it is a 404 from the first request.
  partialPrefetching: false,
  // A second build directory lets a test run `next build` on broken content beside the real one.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ['better-sqlite3'],
};

export default nextConfig;
