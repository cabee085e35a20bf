import path from 'node:path';
import { readArticleFiles, splitFrontmatter, type ArticleFile } from './article-files';
import { FrontmatterError, parseFrontmatter, type Frontmatter } from './frontmatter';
import { readingMinutes } from './reading-time';

/**
 * Reads and checks every article in the content folder. No `server-only`, and only relative
 * imports down from here: next.config.ts runs this first thing in `next build`, so a malformed
 * file stops the build in a second, naming the file and the field, not after minutes of
 * compiling (Next's config loader resolves `@/` imports against the importing file's folder).
 */
export type Article = Frontmatter & {
  slug: string;
  /** The MDX body, frontmatter removed. */
  body: string;
  readingMinutes: number;
};

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

/** Every article, checked, in no particular order; throws a `FrontmatterError` on the first bad one. */
export function readArticles(): Article[] {
  return readArticleFiles(articlesDir()).map(loadArticle);
}
