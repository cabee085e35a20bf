import 'server-only';
import { chooseMoreFrom } from './more-from';
import { NEWS_PAGE_SIZE, pageCountFor } from './paging';
import { readArticles, type Article } from './load-articles';
import { isListed, listingsOf, type Listing } from './taxonomy';

export type { Article };

export type ArticleSummary = Pick<
  Article,
  'slug' | 'title' | 'standfirst' | 'publishedAt' | 'section' | 'tags' | 'image'
>;

// Read synchronously on purpose: with Cache Components, synchronous reads of files that do not
// depend on the request complete during prerendering and land in the static shell.
function loadAll(): Article[] {
  return readArticles().sort(byNewest);
}

export function byNewest(a: Pick<Article, 'publishedAt' | 'slug'>, b: typeof a): number {
  return Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.slug.localeCompare(b.slug);
}

type Catalogue = {
  /** Newest first. */
  articles: Article[];
  bySlug: ReadonlyMap<string, Article>;
  /** Each section's and tag's stories, newest first, by listing kind and slug. */
  listed: Record<Listing['kind'], ReadonlyMap<string, { listing: Listing; articles: Article[] }>>;
};

function catalogue(articles: Article[]): Catalogue {
  const { sections, tags } = listingsOf(articles);
  const index = (listings: Listing[]) =>
    new Map(
      listings.map((listing) => [
        listing.slug,
        { listing, articles: articles.filter((article) => isListed(article, listing)) },
      ]),
    );
  return {
    articles,
    bySlug: new Map(articles.map((article) => [article.slug, article])),
    listed: { section: index(sections), tag: index(tags) },
  };
}

let loaded: Catalogue | undefined;

/** The stories and their listings. Read once per server process; in development, on every call. */
function getCatalogue(): Catalogue {
  if (process.env.NODE_ENV === 'development') return catalogue(loadAll());
  loaded ??= catalogue(loadAll());
  return loaded;
}

/** All articles, newest first. */
export function getAllArticles(): Article[] {
  return getCatalogue().articles;
}

export function getArticle(slug: string): Article | undefined {
  return getCatalogue().bySlug.get(slug);
}

export function toSummary({
  slug,
  title,
  standfirst,
  publishedAt,
  section,
  tags,
  image,
}: Article): ArticleSummary {
  return { slug, title, standfirst, publishedAt, section, tags, image };
}

export const articlePath = (slug: string) => `/news/${slug}`;

/**
 * The picture that stands for an article outside the site (structured data, the feed): its lead
 * image, or its generated headline card (1200×630) when it has none or only a placeholder.
 */
export function sharedImagePath(article: Pick<Article, 'slug' | 'image'>): string {
  return article.image && !article.image.placeholder
    ? article.image.src
    : `${articlePath(article.slug)}/opengraph-image`;
}

/** "More from Oldham Reporter": related stories first, never the article itself. */
export function getMoreFrom(article: Article, count: number): ArticleSummary[] {
  return chooseMoreFrom(article, getAllArticles(), count).map(toSummary);
}

/** The stories about a show (its id in their `shows`), newest first. */
export function getArticlesAboutShow(showId: string): ArticleSummary[] {
  return getAllArticles()
    .filter((article) => article.shows.includes(showId))
    .map(toSummary);
}

/** One page (counting from 1) of a list of stories, or undefined past the end. */
function pageOf(articles: readonly Article[], page: number) {
  const pageCount = pageCountFor(articles.length);
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  const start = (page - 1) * NEWS_PAGE_SIZE;
  return {
    page,
    pageCount,
    articles: articles.slice(start, start + NEWS_PAGE_SIZE).map(toSummary),
  };
}

/** One page of the news index (pages count from 1), or undefined past the end. */
export function getNewsPage(page: number) {
  return pageOf(getAllArticles(), page);
}

/** The sections and tags the stories use (lib/content/taxonomy.ts), in alphabetical order. */
export function getListings(): { sections: Listing[]; tags: Listing[] } {
  const { listed } = getCatalogue();
  const listings = (kind: Listing['kind']) =>
    [...listed[kind].values()].map((item) => item.listing);
  return { sections: listings('section'), tags: listings('tag') };
}

/** A section or tag by its slug, with how many pages of stories it has; undefined if none. */
export function getListing(kind: Listing['kind'], slug: string) {
  const item = getCatalogue().listed[kind].get(slug);
  return item && { ...item.listing, pageCount: pageCountFor(item.articles.length) };
}

/** One page of a section's or tag's stories, newest first, or undefined. */
export function getListingPage(kind: Listing['kind'], slug: string, page: number) {
  const item = getCatalogue().listed[kind].get(slug);
  const result = item && pageOf(item.articles, page);
  return result && { listing: item.listing, ...result };
}
