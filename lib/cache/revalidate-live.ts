import 'server-only';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { revalidateTag } from 'next/cache';
import { SETTLE_AFTER_SECONDS, type LiveTag } from './live-tags';

/**
 * Marks the cached pages built from live data stale, so the next request for each regenerates
 * it (stale-while-revalidate), or with `immediate`, so the next request waits for a fresh one;
 * then again SETTLE_AFTER_SECONDS later, so a copy made while the change landed is not kept.
 *
 * `revalidateTag` works only inside a request (a route handler): an ingest calls it directly.
 * Changes found by background work (the Icecast/AzuraCast pollers, start-up) have no request,
 * so they ask this server to do it, through `POST /api/internal/revalidate` on its own origin
 * with a secret only this process knows. That is the pattern Next.js documents for outside
 * services (a web hook calling a route handler), pointed at ourselves.
 * @see https://nextjs.org/docs/app/api-reference/functions/revalidateTag
 * @see ../../docs/architecture.md "Cached pages and live data"
 */
type Options = { immediate?: boolean };

export function revalidateLive(tags: readonly LiveTag[], options: Options = {}): Promise<void> {
  for (const tag of tags) settleLater(tag);
  try {
    revalidateInThisRequest(tags, options);
    return Promise.resolve();
  } catch {
    // Outside a request: "static generation store missing".
    return askOwnServer(tags, options);
  }
}

/**
 * For work that may be running inside a page's render (a cached function's data arriving late):
 * `revalidateTag` must not be called there, so this always asks the server, as background work
 * does.
 */
export function revalidateLiveFromBackground(
  tags: readonly LiveTag[],
  options: Options = {},
): Promise<void> {
  return askOwnServer(tags, options);
}

/** Throws outside a request. */
export function revalidateInThisRequest(tags: readonly LiveTag[], { immediate = false }: Options) {
  for (const tag of tags) revalidateTag(tag, immediate ? { expire: 0 } : 'max');
}

/** Per tag: when it last changed, and the follow-up revalidation waiting, if any (per process). */
const SETTLING = Symbol.for('oldham-reporter.settling-tags');
const globalSettling = globalThis as typeof globalThis & {
  [SETTLING]?: Map<LiveTag, { changedAt: number; timer?: ReturnType<typeof setTimeout> }>;
};

/**
 * Revalidates `tag` again at each of SETTLE_AFTER_SECONDS after its latest change. Changes in a
 * burst share the follow-ups: each is timed from the latest change when it comes due.
 */
function settleLater(tag: LiveTag) {
  const settling = (globalSettling[SETTLING] ??= new Map());
  const state = settling.get(tag) ?? { changedAt: 0 };
  state.changedAt = Date.now();
  settling.set(tag, state);
  if (state.timer) return;
  const next = () => {
    const since = Date.now() - state.changedAt;
    const due = SETTLE_AFTER_SECONDS.map((seconds) => seconds * 1000).find((ms) => ms > since);
    if (due === undefined) return;
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void askOwnServer([tag], {});
      next();
    }, due - since);
    state.timer.unref?.();
  };
  next();
}

const SECRET = Symbol.for('oldham-reporter.revalidate-secret');
const globalSecret = globalThis as typeof globalThis & { [SECRET]?: string };

/** A random secret per process, shared by the caller and the internal route (same process). */
export function revalidationSecret(): string {
  globalSecret[SECRET] ??= randomBytes(32).toString('base64url');
  return globalSecret[SECRET];
}

export function isRevalidationSecret(given: string | null): boolean {
  const expected = Buffer.from(`Bearer ${revalidationSecret()}`);
  const actual = Buffer.from(given ?? '');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * Where this server listens, once it does. `next start` and server.mjs set both variables when
 * they start listening; 127.0.0.1 and ::1 are tried too, for a server bound to one address family.
 */
function ownOrigins(): string[] {
  const { PORT, __NEXT_PRIVATE_ORIGIN: origin } = process.env;
  if (!PORT || !origin) return [];
  return [origin, `http://127.0.0.1:${PORT}`, `http://[::1]:${PORT}`].filter(
    (candidate): candidate is string => Boolean(candidate),
  );
}

const WAIT_FOR_LISTENING_MS = 60_000;
let working: string | undefined;

async function askOwnServer(tags: readonly LiveTag[], { immediate = false }: Options) {
  // Outside a Next.js server (unit tests, scripts) there are no cached pages to revalidate.
  if (!process.env.NEXT_RUNTIME) return;
  const until = Date.now() + WAIT_FOR_LISTENING_MS;
  // Before the server listens (a poller's first answer at start-up) there is nothing to ask yet.
  while (ownOrigins().length === 0 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 250).unref());
  }
  const origins = working ? [working, ...ownOrigins()] : ownOrigins();
  for (const origin of new Set(origins)) {
    try {
      const response = await fetch(new URL('/api/internal/revalidate', origin), {
        method: 'POST',
        headers: {
          authorization: `Bearer ${revalidationSecret()}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ tags, immediate }),
        signal: AbortSignal.timeout(5_000),
      });
      if (response.ok) {
        working = origin;
        return;
      }
    } catch {
      // Try the next address.
    }
  }
  // Pages still regenerate by time (at a show boundary, or within ten minutes).
  console.warn(`[cache] could not revalidate ${tags.join(', ')}: the server did not answer`);
}
