import { contentSecurityPolicy, type PolicyOptions } from './content-security-policy';

/**
 * The headers every response carries: pages, API, feeds, files, redirects and errors alike. The
 * front door (lib/server/front-door.ts) sets them before Next.js handles the request, so the
 * stream's origin in the CSP is the running server's STREAM_URL, and Next's own answers that
 * skip next.config.ts headers (trailing-slash redirects, error pages) carry them too.
 * @see ../../docs/adr/0002-content-security-policy-for-cached-pages.md
 */
const fixedHeaders: readonly (readonly [string, string])[] = [
  // A year, this host only: the station may serve its stream from another subdomain over http,
  // which includeSubDomains would break. Browsers ignore it over plain http (and on 127.0.0.1).
  ['Strict-Transport-Security', 'max-age=31536000'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // Only features Chromium knows: an unknown one is logged as a console error.
  [
    'Permissions-Policy',
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  ],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

export function securityHeaders(policy: PolicyOptions): (readonly [string, string])[] {
  return [...fixedHeaders, ['Content-Security-Policy', contentSecurityPolicy(policy)]];
}
