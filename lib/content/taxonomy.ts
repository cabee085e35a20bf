/**
 * Sections and tags as addresses: `/news/section/<slug>` and `/news/tag/<slug>`, a slug made from
 * the name ("Late Night Love Songs" → `late-night-love-songs`). Pure: the pages, the sitemap,
 * the unknown-path rewrites and the links on articles all make their addresses here.
 */
export type Listing = { kind: 'section' | 'tag'; slug: string; name: string };

/** Lower-case ASCII words joined by hyphens; accents dropped ("Café Mix" → `cafe-mix`). */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const sectionPath = (section: string) => `/news/section/${slugify(section)}`;
export const tagPath = (tag: string) => `/news/tag/${slugify(tag)}`;

/** A section's or tag's page 1. */
export const listingPath = (listing: Pick<Listing, 'kind' | 'name'>) =>
  listing.kind === 'section' ? sectionPath(listing.name) : tagPath(listing.name);

/** Page `page` of a listing: the listing's own address for page 1. */
export const listingPagePath = (base: string, page: number) =>
  page === 1 ? base : `${base}/page/${page}`;

type Tagged = { section: string; tags: readonly string[] };

/**
 * The sections and tags the stories use, each once by slug (the first spelling met wins), in
 * alphabetical order. Tags whose names differ only in case or punctuation are one tag.
 */
export function listingsOf(articles: readonly Tagged[]): { sections: Listing[]; tags: Listing[] } {
  const collect = (kind: Listing['kind'], names: string[]) => {
    const bySlug = new Map<string, Listing>();
    for (const name of names) {
      const slug = slugify(name);
      if (slug && !bySlug.has(slug)) bySlug.set(slug, { kind, slug, name });
    }
    return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  };
  return {
    sections: collect(
      'section',
      articles.map((article) => article.section),
    ),
    tags: collect(
      'tag',
      articles.flatMap((article) => article.tags),
    ),
  };
}

/** Whether a story belongs in a listing. */
export function isListed(article: Tagged, listing: Pick<Listing, 'kind' | 'slug'>): boolean {
  return listing.kind === 'section'
    ? slugify(article.section) === listing.slug
    : article.tags.some((tag) => slugify(tag) === listing.slug);
}
