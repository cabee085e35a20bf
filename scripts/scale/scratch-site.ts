/**
 * A scratch copy of the project with N generated stories, built: for the scale test
 * (e2e/archive-scale.spec.ts) and the scale benchmark (docs/performance.md, "Scale"). The
 * stories are written into the copy only, never into content/. They are about the station's own
 * life (sessions, volunteers, events), with slugs of 50+ characters, dated before every real
 * story, spread over sections and tags.
 *
 *   node --import tsx scripts/scale/scratch-site.ts --stories 300 [--dir .run/scale-300] [--no-build]
 *
 * Prints one JSON line: stories, build seconds, the build's peak memory (all its processes,
 * sampled every 100 ms) and the size of the build directory. The copy sits under .run/, on the
 * project's file system, so node_modules is hard-linked rather than copied.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readArticleFiles, splitFrontmatter } from '../../lib/content/article-files';
import { processTreeRssBytes } from './process-memory';

const root = path.resolve(__dirname, '../..');
// What a build reads; everything else (build output, test results, data) stays behind.
const COPIED = [
  'app',
  'components',
  'content',
  'lib',
  'public',
  'instrumentation.ts',
  'next.config.ts',
  'package.json',
  'postcss.config.mjs',
  'server.mjs',
  'tsconfig.json',
];

const SECTIONS = ['News', 'Community', 'Station', 'Events', 'Programmes'];
const TOPICS = [
  'volunteer-presenters',
  'community-noticeboard',
  'studio-open-day',
  'schools-radio-workshop',
  'charity-auction-night',
  'local-music-showcase',
  'listener-request-evening',
  'outside-broadcast-market',
];
const TAGS = [
  'Volunteering',
  'Training',
  'Music',
  'Schools',
  'Events',
  'Charity',
  'Outside broadcast',
  'Listeners',
];

/** Story i of a generated archive: a station story with a 50+ character slug. */
export function generatedStory(i: number, publishedAt: Date) {
  const topic = TOPICS[i % TOPICS.length]!;
  const slug = `${topic}-archive-story-number-${String(i).padStart(5, '0')}-from-the-station`;
  const title = `${topic.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())}: archive story ${i}`;
  const mdx = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `standfirst: ${JSON.stringify(`A generated story (${i}) about the station's community life, for scale tests.`)}`,
    `publishedAt: '${publishedAt
      .toISOString()
      .replace('Z', '+00:00')
      .replace(/\.\d{3}/, '')}'`,
    "byline: 'Oldham Reporter'",
    `section: '${SECTIONS[i % SECTIONS.length]}'`,
    `tags: [${[TAGS[i % TAGS.length], TAGS[(i * 3 + 1) % TAGS.length]].map((tag) => `'${tag}'`).join(', ')}]`,
    '---',
    '',
    ...Array.from(
      { length: 6 },
      (_, p) =>
        `Paragraph ${p + 1} of generated story ${i}. Volunteers at the station met to plan the week's programmes, ` +
        'rehearse the links between records and check the studio rota, as they do every week of the year.\n',
    ),
  ].join('\n');
  return { slug, mdx };
}

/** Writes `count` generated stories into `dir`, each older than `before`, three hours apart. */
export function writeGeneratedStories(dir: string, count: number, before: Date): string[] {
  return Array.from({ length: count }, (_, i) => {
    const story = generatedStory(i, new Date(+before - (i + 1) * 3 * 3_600_000));
    writeFileSync(path.join(dir, `${story.slug}.mdx`), story.mdx);
    return story.slug;
  });
}

function oldestRealStory(articlesDir: string): Date {
  const dates = readArticleFiles(articlesDir).map(({ file, text }) => {
    const { publishedAt } = splitFrontmatter(file, text).data as { publishedAt: string };
    return Date.parse(publishedAt);
  });
  return new Date(Math.min(...dates));
}

/** Copies the project into `dir` with `count` generated stories beside the real ones. */
export function makeScratchSite(dir: string, count: number): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // Tests and their helpers are not part of the site (and reach into scripts/ and e2e/).
  // Nor is this checkout's search index: the copy's is made from its own stories.
  const partOfSite = (source: string) =>
    !/\.test\.tsx?$/.test(source) &&
    !source.includes(`${path.sep}lib${path.sep}testing`) &&
    !source.endsWith(`${path.sep}public${path.sep}pagefind`);
  for (const name of COPIED) {
    cpSync(path.join(root, name), path.join(dir, name), { recursive: true, filter: partOfSite });
  }
  // Hard links: the same files, no copy (better-sqlite3's native addon included).
  const linked = spawnSync('cp', [
    '-al',
    path.join(root, 'node_modules'),
    path.join(dir, 'node_modules'),
  ]);
  if (linked.status !== 0) throw new Error(`cp -al node_modules failed: ${linked.stderr}`);
  const articles = path.join(dir, 'content', 'articles');
  return writeGeneratedStories(articles, count, oldestRealStory(articles));
}

/**
 * The search index of the copy's stories, as `npm run build` writes it first
 * (scripts/search/build-index.mts, run in the copy's folder): one JSON line of its size.
 */
export function indexScratchSite(dir: string): { records: number; files: number; bytes: number } {
  const indexed = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'scripts', 'search', 'build-index.mts')],
    { cwd: dir, encoding: 'utf8' },
  );
  if (indexed.status !== 0)
    throw new Error(`the search index failed in ${dir}:\n${indexed.stderr}`);
  return JSON.parse(indexed.stdout.trim().split('\n').at(-1)!);
}

/**
 * What `npm run build` does in `dir` (the search index, then `next build`): seconds, peak memory
 * of the build's processes, size of `.next`.
 */
export async function buildScratchSite(dir: string) {
  const started = performance.now();
  indexScratchSite(dir);
  const build = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    cwd: dir,
    env: { ...process.env, NEXT_DIST_DIR: '.next', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  for (const stream of [build.stdout, build.stderr])
    stream.on('data', (chunk) => (output += chunk));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, processTreeRssBytes(build.pid!))), 100);
  const status = await new Promise<number | null>((resolve) => build.once('exit', resolve));
  clearInterval(sampler);
  if (status !== 0) throw new Error(`next build failed in ${dir}:\n${output.slice(-4000)}`);
  const du = spawnSync('du', ['-sb', path.join(dir, '.next')], { encoding: 'utf8' });
  return {
    buildSeconds: Math.round((performance.now() - started) / 100) / 10,
    peakMemoryMiB: Math.round(peak / 2 ** 20),
    distMiB: Math.round(Number(du.stdout.split('\t')[0]) / 2 ** 20),
  };
}

export const scratchDirFor = (stories: number) => path.join(root, '.run', `scale-${stories}`);

async function main() {
  const { values } = parseArgs({
    options: {
      stories: { type: 'string', default: '300' },
      dir: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const stories = Number(values.stories);
  const dir = path.resolve(values.dir ?? scratchDirFor(stories));
  makeScratchSite(dir, stories);
  const built = values['no-build'] ? {} : await buildScratchSite(dir);
  console.log(
    JSON.stringify({
      stories,
      dir,
      ...built,
      built: existsSync(path.join(dir, '.next', 'BUILD_ID')),
    }),
  );
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
