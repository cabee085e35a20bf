import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { matter } from 'vfile-matter';

/**
 * The article files as text, and their frontmatter split off (unchecked: ./frontmatter.ts
 * checks it). No `server-only` here: next.config.ts checks every article before it builds
 * (./load-articles.ts).
 */
export type ArticleFile = { file: string; slug: string; text: string };

export function readArticleFiles(dir: string): ArticleFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({
      file: path.relative(process.cwd(), path.join(dir, name)),
      slug: name.slice(0, -'.mdx'.length),
      text: readFileSync(path.join(dir, name), 'utf8'),
    }));
}

/** The YAML frontmatter (as parsed, unchecked) and the body after it; throws on bad YAML. */
export function splitFrontmatter(file: string, text: string): { data: unknown; body: string } {
  const vfile = new VFile({ path: file, value: text });
  matter(vfile, { strip: true });
  return { data: vfile.data.matter, body: String(vfile.value) };
}
