/**
 * The site's Content-Security-Policy, the same for every response: pages are served from a
 * cache, so no response can carry a per-request nonce. Inline <script> elements (React's and
 * Next.js's bootstrap, the RSC payload, JSON-LD) run under 'unsafe-inline'; inline event
 * handlers (`onerror=`, the usual way injected markup runs code) do not (`script-src-attr
 * 'none'`); scripts from other origins, eval, plugins, framing and base/form hijacking stay shut.
 * @see ../../docs/adr/0002-content-security-policy-for-cached-pages.md
 * @see https://www.w3.org/TR/CSP3/#directive-script-src-attr
 */

/**
 * `style="color:transparent"`, which next/image puts on every <img> it renders (so alt text
 * does not flash while the image loads). Style attributes are allowed only by hash
 * ('unsafe-hashes'), and this is the only one the site's HTML has.
 */
export const NEXT_IMAGE_STYLE_HASH = "'sha256-zlqnbDt84zf1iSefLU/ImC54isoprH/MRiVZGskwexk='";

export type PolicyOptions = {
  /** Where the player's <audio> may stream from: the streams' origins (STREAM_URL and its fallback). */
  mediaOrigins: readonly string[];
  /** `next dev`: React's debugging needs eval, HMR a WebSocket and Next's overlay inline styles. */
  development?: boolean;
};

export function contentSecurityPolicy({
  mediaOrigins,
  development = false,
}: PolicyOptions): string {
  // One list for script-src (browsers without CSP3's split directives) and script-src-elem.
  const scripts = [
    "'self'",
    "'unsafe-inline'",
    "'report-sample'",
    // WebAssembly only, not eval: the search index's reader (Pagefind) is a wasm module.
    "'wasm-unsafe-eval'",
    ...(development ? ["'unsafe-eval'"] : []),
  ];
  const directives: Record<string, readonly string[]> = {
    'default-src': ["'self'"],
    'script-src': scripts,
    'script-src-elem': scripts,
    'script-src-attr': ["'none'"],
    'style-src': development
      ? ["'self'", "'unsafe-inline'"]
      : ["'self'", "'report-sample'", "'unsafe-hashes'", NEXT_IMAGE_STYLE_HASH],
    // Track artwork comes from whatever https host the playout software or AzuraCast names.
    'img-src': ["'self'", 'data:', 'https:'],
    'font-src': ["'self'"],
    'media-src': ["'self'", ...mediaOrigins],
    'connect-src': development ? ["'self'", 'ws:'] : ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * The origins of the stream URLs (the main one and its low-bitrate fallback), once each, for
 * media-src; nothing for a stream that is not configured or does not parse.
 */
export function mediaOriginsFor(...streamUrls: (string | null)[]): string[] {
  const origins = streamUrls.flatMap((url) => {
    if (!url) return [];
    try {
      return [new URL(url).origin];
    } catch {
      return [];
    }
  });
  return [...new Set(origins)];
}
