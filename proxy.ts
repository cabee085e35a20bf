import { NextResponse, type NextRequest } from 'next/server';
import { streamUrl } from '@/lib/config';
import {
  contentSecurityPolicy,
  createNonce,
  mediaOriginsFor,
} from '@/lib/security/content-security-policy';

/**
 * A fresh CSP nonce for every request. Next.js reads it from the request's
 * Content-Security-Policy header and stamps it on the inline scripts it streams; with Cache
 * Components the prerendered static shell is still served from the build, and only the
 * per-request part (which every page has: the live strip and the player) carries the nonce.
 * @see ../docs/adr/0001-content-security-policy.md
 * @see node_modules/next/dist/docs/01-app/02-guides/content-security-policy.md
 */
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy({
    nonce: createNonce(),
    mediaOrigins: streamOrigins(),
    development: process.env.NODE_ENV === 'development',
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  return response;
}

// The stream URL is the running server's setting (STREAM_URL), fixed for its lifetime.
let origins: string[] | undefined;
const streamOrigins = () => (origins ??= mediaOriginsFor(streamUrl()));

/**
 * Pages only: Next.js's proxy costs ~2.5 ms of CPU a request here (docs/adr/0001-…), and
 * only an HTML document needs a nonce. Everything else (build files, images, feeds, API routes,
 * the client router's RSC prefetches and navigations) keeps the nonce-less policy that
 * next.config.ts gives every response; on a page the proxy's header replaces it. Unlike the
 * Next.js guide's example, `Purpose: prefetch` is not skipped: that is a browser prefetching a
 * document it may then show, whose scripts could not run under the nonce-less policy.
 */
export const config = {
  matcher: [
    {
      source:
        '/((?!_next/static/|_next/image|api/|.*\\.(?:png|svg|jpg|jpeg|gif|webp|avif|ico|woff2?|xml|txt)$).*)',
      missing: [
        { type: 'header', key: 'rsc' },
        { type: 'header', key: 'next-router-prefetch' },
      ],
    },
  ],
};
