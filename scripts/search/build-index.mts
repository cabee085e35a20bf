/**
 * The site's search index, written at build time (`npm run build` runs this before `next build`)
 * from the same validated content the pages are made from: every story and every show, as
 * Pagefind custom records, into public/pagefind/ (not committed). The folder is emptied first,
 * so a story taken down is no longer found. /search loads it in the browser.
 *
 *   node --import tsx scripts/search/build-index.mts [--out public/pagefind]
 *
 * An ES module (.mts): Pagefind's Node API is published as ES modules only.
 *
 * ARTICLES_DIR reads the stories from elsewhere, as the build's own check does (a scratch copy
 * with generated stories: scripts/bench/search.mts). Prints one JSON line: records, files, bytes.
 * @see ../../docs/architecture.md "Search"
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { readArticles } from '../../lib/content/load-articles';
import { parseSchedule } from '../../lib/schedule/schema';
import { searchRecords } from '../../lib/search/records';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'public/pagefind' } } });
const out = path.resolve(values.out!);

/** Every file under `dir`, with its size. */
function filesUnder(dir: string): { file: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile())
    .map((file) => ({ file, bytes: statSync(file).size }));
}

async function main() {
  const records = searchRecords(
    readArticles(),
    parseSchedule(
      JSON.parse(readFileSync('content/schedule.json', 'utf8')),
      'content/schedule.json',
    ),
  );
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const record of records) {
    const added = await index.addCustomRecord({ ...record, language: 'en' });
    if (added.errors.length > 0) {
      throw new Error(`Pagefind refused ${record.url}: ${added.errors.join('; ')}`);
    }
  }
  rmSync(out, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  // Pagefind's own search UIs: the site has its own (/search), so they are not deployed.
  for (const name of readdirSync(out)) {
    if (/-ui\.(js|css)$|^pagefind-highlight\.js$/.test(name)) rmSync(path.join(out, name));
  }
  const files = filesUnder(out);
  console.log(
    JSON.stringify({
      records: records.length,
      files: files.length,
      bytes: files.reduce((sum, { bytes }) => sum + bytes, 0),
      out: path.relative(process.cwd(), out),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
