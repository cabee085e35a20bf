/** Stories per page of the news index (and, later, of section and tag pages). */
export const NEWS_PAGE_SIZE = 6;

/** Pages needed for `count` stories; an empty list is still one page. */
export const pageCountFor = (count: number) => Math.max(1, Math.ceil(count / NEWS_PAGE_SIZE));
