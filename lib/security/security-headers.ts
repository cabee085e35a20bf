/**
 * Headers every response carries (next.config.ts `headers()`, all paths), beside the
 * Content-Security-Policy (content-security-policy.ts), which pages get per request.
 * @see ../../docs/adr/0001-content-security-policy.md
 */
export const securityHeaders = [
  // A year, this host only: the station may serve its stream from another subdomain over http,
  // which includeSubDomains would break. Browsers ignore it over plain http (and on 127.0.0.1).
  { key: 'Strict-Transport-Security', value: 'max-age=31536000' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // Only features Chromium knows: an unknown one is logged as a console error.
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
] as const;
