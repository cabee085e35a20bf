/**
 * The framework's own floor: a bare Next.js page, built and served by `next start` from a
 * temporary folder with the same next, react and react-dom versions this project has installed
 * (from the npm registry), for scripts/bench/server-cpu.ts to compare against. Prints COMPARE_URL=… and
 * COMPARE_PID=…, then serves until stopped.
 *
 *   node --import tsx servers/bare-next.ts [port] [bytes]     (default 3620, a one-line page)
 *
 * With `bytes`, the page carries that many bytes of paragraphs, so a page of ours can be compared
 * with a bare one of about the same size. BARE_CACHE_COMPONENTS=1 turns on Cache Components.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const port = Number(process.argv[2] ?? 3620);
const bytes = Number(process.argv[3] ?? 0);
const versionOf = (name: string): string =>
  (
    JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

const dir = mkdtempSync(path.join(tmpdir(), 'bare-next-'));
mkdirSync(path.join(dir, 'app'));
writeFileSync(
  path.join(dir, 'package.json'),
  `${JSON.stringify({ private: true, dependencies: Object.fromEntries(['next', 'react', 'react-dom'].map((name) => [name, versionOf(name)])) }, null, 2)}\n`,
);
writeFileSync(
  path.join(dir, 'next.config.mjs'),
  `export default { ${process.env.BARE_CACHE_COMPONENTS ? 'cacheComponents: true' : ''} };\n`,
);
const paragraph = 'Oldham Community Radio brings the borough its news, its music and its weather. ';
const filler = Array.from({ length: Math.ceil(bytes / (paragraph.length + 7)) }, () => paragraph);
writeFileSync(
  path.join(dir, 'app', 'layout.js'),
  `export const metadata = { title: 'Bare Next.js page' };
export default function RootLayout({ children }) {
  return <html lang="en"><body>{children}</body></html>;
}
`,
);
writeFileSync(
  path.join(dir, 'app', 'page.js'),
  `const filler = ${JSON.stringify(filler)};
export default function Page() {
  return <main><h1>A bare Next.js page</h1><p>Prerendered at build time, served by next start.</p>{filler.map((text, i) => <p key={i}>{text}</p>)}</main>;
}
`,
);
const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
const next = path.join(dir, 'node_modules/next/dist/bin/next');
run(process.execPath, [next, 'build']);
const server = spawn(process.execPath, [next, 'start', '-H', '127.0.0.1', '-p', String(port)], {
  cwd: dir,
  stdio: 'ignore',
});
async function main() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  console.log(`COMPARE_URL=http://127.0.0.1:${port}`);
  console.log(`COMPARE_PID=${server.pid}`);
  const stop = () => server.kill('SIGTERM');
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
}

void main();
