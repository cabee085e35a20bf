import type { NextConfig } from 'next';
import { contentSecurityPolicy } from './lib/security/content-security-policy';
import { securityHeaders } from './lib/security/security-headers';

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
  // Evaluated at build time (they are written to routes-manifest.json), so nothing here may
  // depend on the running server's environment. The CSP here has no nonce and no stream origin:
  // it covers what is not a page; on pages proxy.ts replaces it with the per-request policy.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          ...securityHeaders,
          { key: 'Content-Security-Policy', value: contentSecurityPolicy({ mediaOrigins: [] }) },
        ],
      },
    ];
  },
};

export default nextConfig;
