/**
 * The site's Content-Security-Policy: per request, with a nonce, for pages (proxy.ts); once,
 * without one, for every other response (next.config.ts). Scripts run only from our
 * origin, or inline with the request's nonce (Next.js and React stamp it on every inline script
 * they stream), or when they are the one fixed inline script React writes into a prerendered
 * static shell, allowed by its hash. No 'unsafe-inline', no 'unsafe-eval' in production.
 * @see ../../docs/adr/0001-content-security-policy.md
 * @see https://www.w3.org/TR/CSP3/
 */

/**
 * React's `requestAnimationFrame(function(){$RT=performance.now()});`, written into a static
 * shell that has postponed holes. The shell is prerendered at build time, before any request
 * and so before any nonce: it carries no nonce, and is allowed by its hash instead. If a React
 * upgrade changes it, the unit test beside this file (which hashes the installed react-dom's
 * script) fails, and so does e2e/security.spec.ts (a `securitypolicyviolation`).
 * @see node_modules/next/dist/compiled/react-dom/cjs/react-dom-server.node.production.js `shellTimeRuntimeScript`
 */
export const REACT_SHELL_TIME_SCRIPT_HASH = "'sha256-7mu4H06fwDCjmnxxr/xNHyuQC6pLTHr4M2E4jXw5WZs='";

/**
 * `style="color:transparent"`, which next/image puts on every <img> it renders (so alt text
 * does not flash while the image loads). Style attributes are allowed only by hash
 * ('unsafe-hashes'), and this is the only one the site's HTML has.
 */
export const NEXT_IMAGE_STYLE_HASH = "'sha256-zlqnbDt84zf1iSefLU/ImC54isoprH/MRiVZGskwexk='";

export type PolicyOptions = {
  /** The request's nonce; absent for responses that are not pages (static files). */
  nonce?: string;
  /** Where the player's <audio> may stream from: the stream's origin (STREAM_URL). */
  mediaOrigins: readonly string[];
  /** `next dev`: React's debugging needs eval, HMR a WebSocket and Next's overlay inline styles. */
  development?: boolean;
};

export function contentSecurityPolicy({
  nonce,
  mediaOrigins,
  development = false,
}: PolicyOptions): string {
  const directives: Record<string, readonly string[]> = {
    'default-src': ["'self'"],
    // 'report-sample': a violation event carries the blocked script's first 40 characters.
    'script-src': [
      "'self'",
      "'report-sample'",
      ...(nonce ? [`'nonce-${nonce}'`] : []),
      REACT_SHELL_TIME_SCRIPT_HASH,
      ...(development ? ["'unsafe-eval'"] : []),
    ],
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

/** The origin of the stream URL, for media-src; nothing when there is no (valid) stream. */
export function mediaOriginsFor(streamUrl: string | null): string[] {
  if (!streamUrl) return [];
  try {
    return [new URL(streamUrl).origin];
  } catch {
    return [];
  }
}

/** 128 random bits, base64: unguessable, and a fresh one for every response. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
