/** Stories per page of the news index (and, later, of section and tag pages). */
export const NEWS_PAGE_SIZE = 6;

/** Pages needed for `count` stories; an empty list is still one page. */
export const pageCountFor = (count: number) => Math.max(1, Math.ceil(count / NEWS_PAGE_SIZE));

/**
 * How much of the archive `next build` prerenders: the newest stories and the first pages of
 * each listing. The rest is rendered on its first request and served from cache after that
 * (the front door lets through only addresses that exist, lib/routing/site-paths.ts), so a
 * build's time does not grow with the archive. Measured in docs/performance.md ("Scale").
 */
export const PRERENDERED_STORIES = 100;
export const PRERENDERED_LISTING_PAGES = 3;
