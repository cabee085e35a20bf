import 'server-only';
import path from 'node:path';
import { FrontmatterError, parseFrontmatter, type Frontmatter } from './frontmatter';
import { chooseMoreFrom } from './more-from';
import { NEWS_PAGE_SIZE, pageCountFor } from './paging';
import { readArticleFiles, splitFrontmatter, type ArticleFile } from './article-files';
import { readingMinutes } from './reading-time';
import { isListed, listingsOf, type Listing } from './taxonomy';

export type Article = Frontmatter & {
  slug: string;
  /** The MDX body, frontmatter removed. */
  body: string;
  readingMinutes: number;
};

export type ArticleSummary = Pick<
  Article,
  'slug' | 'title' | 'standfirst' | 'publishedAt' | 'section' | 'tags' | 'image'
>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// ARTICLES_DIR exists for the test that proves a malformed file fails the build.
const articlesDir = () =>
  process.env.ARTICLES_DIR
    ? path.resolve(/*turbopackIgnore: true*/ process.env.ARTICLES_DIR)
    : path.join(process.cwd(), 'content', 'articles');

function loadArticle({ file, slug, text }: ArticleFile): Article {
  if (!SLUG.test(slug)) {
    throw new FrontmatterError(file, '(file name)', 'must be lower-case words joined by hyphens');
  }
  let parsed: ReturnType<typeof splitFrontmatter>;
  try {
    parsed = splitFrontmatter(file, text);
  } catch (error) {
    throw new FrontmatterError(file, '(yaml)', `is not valid YAML: ${(error as Error).message}`);
  }
  const frontmatter = parseFrontmatter(file, parsed.data);
  return { ...frontmatter, slug, body: parsed.body, readingMinutes: readingMinutes(parsed.body) };
}

// Read synchronously on purpose: with Cache Components, synchronous reads of files that do not
// depend on the request complete during prerendering and land in the static shell.
function loadAll(): Article[] {
  return readArticleFiles(articlesDir()).map(loadArticle).sort(byNewest);
}

export function byNewest(a: Pick<Article, 'publishedAt' | 'slug'>, b: typeof a): number {
  return Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.slug.localeCompare(b.slug);
}

let loaded: Article[] | undefined;

/** All articles, newest first. Read once per server process; in development, on every call. */
export function getAllArticles(): Article[] {
  if (process.env.NODE_ENV === 'development') return loadAll();
  loaded ??= loadAll();
  return loaded;
}

export function getArticle(slug: string): Article | undefined {
  return getAllArticles().find((article) => article.slug === slug);
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

/** The sections and tags the stories use (lib/content/taxonomy.ts). */
export function getListings() {
  return listingsOf(getAllArticles());
}

/** A section or tag by its slug, with how many pages of stories it has; undefined if none. */
export function getListing(kind: Listing['kind'], slug: string) {
  const { sections, tags } = getListings();
  const listing = (kind === 'section' ? sections : tags).find((item) => item.slug === slug);
  if (!listing) return undefined;
  const count = getAllArticles().filter((article) => isListed(article, listing)).length;
  return { ...listing, pageCount: pageCountFor(count) };
}

/** One page of a section's or tag's stories, newest first, or undefined. */
export function getListingPage(kind: Listing['kind'], slug: string, page: number) {
  const listing = getListing(kind, slug);
  if (!listing) return undefined;
  const result = pageOf(
    getAllArticles().filter((article) => isListed(article, listing)),
    page,
  );
  return result && { listing, ...result };
}
