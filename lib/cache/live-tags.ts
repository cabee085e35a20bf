/**
 * Cache tags of the live data baked into cached pages. A cached page is regenerated on its next
 * request once any tag it was built from is revalidated (lib/cache/revalidate-live.ts).
 */
export const LIVE_TAGS = ['on-air', 'now-playing', 'forecast', 'alerts', 'episodes'] as const;
export type LiveTag = (typeof LIVE_TAGS)[number];

export const isLiveTag = (value: unknown): value is LiveTag =>
  typeof value === 'string' && (LIVE_TAGS as readonly string[]).includes(value);

/**
 * When, after a change, a page regenerated meanwhile is revalidated again. Next.js dates a
 * regenerated page when it is stored, not when it read its data: a regeneration that read the
 * old track before a change and was stored after it counted as newer than the change, and the
 * page kept the old track until its own time ran out (two changes 0.3 s apart under load, issue
 * 23). So each change is followed by second revalidations of its tags
 * (lib/cache/revalidate-live.ts): a copy stored in between is served once more while it is made
 * again. A regeneration takes well under a second here; the second follow-up is for a machine so
 * busy that one took longer than ten seconds (a fresh-clone run beside two busy loops).
 */
export const SETTLE_AFTER_SECONDS = [10, 40] as const;

/** `next build` runs the cached functions too; it must not read the play history or the weather. */
export const isBuildPhase = () => process.env.NEXT_PHASE === 'phase-production-build';

/** Whole seconds from `from` until `when` (at least one): a cacheLife lifetime that ends then. */
export const secondsUntil = (when: Date | string, from: Date) =>
  Math.max(1, Math.ceil((new Date(when).getTime() - from.getTime()) / 1000));

/**
 * For what changes only with a deploy (the feed, the schedule as JSON): browsers five minutes,
 * shared caches an hour, then served stale for a day while they ask again.
 */
export const DEPLOY_LIFETIME = 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400';
