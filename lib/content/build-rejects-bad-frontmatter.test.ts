import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// A real `next build` over a content folder with one broken article: editors must learn which
// file and which field is wrong from the build output, and nothing broken may be deployed. The
// check runs as the build loads next.config.ts, before it compiles anything, so an editor hears
// of it in a second, not after minutes of compiling.
const root = path.resolve(__dirname, '../..');
const articles = mkdtempSync(path.join(tmpdir(), 'articles-'));
const distDir = '.next-bad-frontmatter';
// `next build` rewrites next-env.d.ts and tsconfig.json to point at its build directory; put
// them back as they were afterwards.
const rewritten = ['next-env.d.ts', 'tsconfig.json'].map((name) => {
  const file = path.join(root, name);
  return { file, before: existsSync(file) ? readFileSync(file, 'utf8') : undefined };
});

afterAll(() => {
  for (const { file, before } of rewritten) {
    if (before === undefined) rmSync(file, { force: true });
    else writeFileSync(file, before);
  }
  rmSync(articles, { recursive: true, force: true });
  rmSync(path.join(root, distDir), { recursive: true, force: true });
});

describe('next build', () => {
  it('fails naming the file and the field of malformed frontmatter', () => {
    cpSync(
      path.join(root, 'content/articles/how-to-listen-live.mdx'),
      path.join(articles, 'how-to-listen-live.mdx'),
    );
    writeFileSync(
      path.join(articles, 'broken-date.mdx'),
      [
        '---',
        'title: "A story with a bad date"',
        'standfirst: "The date below is not ISO 8601."',
        'publishedAt: "Tuesday teatime"',
        'byline: "Oldham Reporter"',
        'section: "News"',
        '---',
        '',
        'Body.',
      ].join('\n'),
    );
    const build = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
      cwd: root,
      env: {
        ...process.env,
        ARTICLES_DIR: articles,
        NEXT_DIST_DIR: distDir,
        NODE_ENV: 'production',
      },
      encoding: 'utf8',
      timeout: 240_000,
    });
    const output = `${build.stdout}\n${build.stderr}`;
    expect(build.status, output).not.toBe(0);
    expect(output).toContain('broken-date.mdx');
    expect(output).toContain('field "publishedAt"');
    expect(output, 'stopped before compiling').not.toContain(
      'Creating an optimized production build',
    );
  }, 300_000);
});
