// `npm run bench`: starts the site as it runs in production (`server.mjs` on a production build)
// with real local servers beside it — an Icecast 2 station fed by ffmpeg and our Open-Meteo
// stand-in, all on 127.0.0.1, all from servers/ — then runs each benchmark against it in turn and
// prints what they measured. Benchmarks, not tests: figures vary with the machine, and nothing
// here fails a build. Bounded in requests and time; talks to 127.0.0.1 only.
//
//   node --import tsx scripts/bench/run-all.ts
//   BENCH_ONLY=js-weight,server-cpu npm run bench        (some of them, by name)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface as readLinesOf } from 'node:readline';
import type { Readable } from 'node:stream';
import { ROOT, startSite, type Site } from '../../servers/site';
import { waitFor } from '../../servers/wait';

// next.config.ts reads NEXT_DIST_DIR too: a build in another directory is benchmarked as it is.
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const ports = {
  site: 3610,
  mainOnly: 3611,
  stub: 4610,
  icecast: 8610,
  bare: 3620,
  bareArticle: 3621,
};
const token = 'bench-ingest-token';
const children: ChildProcess[] = [];
let site: Site | undefined;
let mainOnlySite: Site | undefined;

/** A TypeScript server or script of this project, run with tsx. */
function startTs(file: string, args: string[], stdout: 'ignore' | 'pipe' = 'ignore') {
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    cwd: ROOT,
    stdio: [stdout === 'pipe' ? 'pipe' : 'ignore', stdout, 'inherit'],
  });
  children.push(child);
  return child;
}

/** NAME=value lines a server prints once it is up, until `last` is among them. */
async function readEnvLines(stream: Readable, last: string, what: string) {
  const env: Record<string, string> = {};
  for await (const line of readLinesOf({ input: stream })) {
    const [name, value] = String(line).split('=');
    if (name && value !== undefined) env[name] = value;
    if (name === last) return env;
  }
  throw new Error(`${what} did not start`);
}

const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const wanted = (script: string) =>
  !only || only.includes(path.basename(script).replace(/\.(mjs|ts)$/, ''));

function run(script: string, env: Record<string, string>) {
  if (!wanted(script)) return;
  console.log(`\n## ${script}\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  if (result.status !== 0) console.log(`(${script} exited with ${result.status})`);
}

async function main() {
  try {
    if (!existsSync(path.join(ROOT, distDir, 'BUILD_ID'))) {
      spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
    }
    const station = await readEnvLines(
      startTs(
        'servers/station/cli.ts',
        ['--port', String(ports.icecast), '--dir', '.run/bench-station'],
        'pipe',
      ).stdout!,
      'STREAM_FALLBACK_URL',
      'the station',
    );
    startTs('servers/open-meteo-stub.ts', ['--port', String(ports.stub)]);
    await waitFor(
      'the weather stub',
      async () => {
        return (await fetch(`http://127.0.0.1:${ports.stub}/__hits`)).ok;
      },
      30_000,
    );
    const siteEnv = {
      ...station,
      OPEN_METEO_URL: `http://127.0.0.1:${ports.stub}`,
      NOW_PLAYING_TOKEN: token,
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'bench-data-')),
      // The benchmarks write more than the ingest's 30 a minute per client: each write claims an
      // address of its own in X-Forwarded-For, which the server heeds only behind a trusted hop.
      TRUSTED_PROXIES: '127.0.0.1',
      // The recorder is measured alone (scripts/bench/recorder.ts), not beside the site's figures.
      ARCHIVE_RECORD: 'off',
    };
    site = await startSite({ port: ports.site, probe: '/news', env: siteEnv });
    const baseUrl = site.url;
    const serverPid = String(site.pid);
    console.log(
      `# Benchmarks — ${new Date().toISOString()}, node ${process.version}, site ${baseUrl}`,
    );
    run('scripts/bench/forecast-burst.ts', {
      BASE_URL: baseUrl,
      STUB_URL: `http://127.0.0.1:${ports.stub}`,
    });
    run('scripts/bench/sse-fanout.ts', {
      BASE_URL: baseUrl,
      NOW_PLAYING_TOKEN: token,
      SERVER_PID: serverPid,
    });
    // The same changes as open pages in Chromium see them: an alert's banner, a track in the strip.
    run('scripts/bench/push-to-page.ts', { BASE_URL: baseUrl, NOW_PLAYING_TOKEN: token });
    // The live channel's capacity at 10,000 listeners, on servers of its own (with a Redis), beside
    // a bare Node SSE server as the floor (docs/performance.md "Live channel capacity").
    run('scripts/bench/sse-capacity.ts', {});
    run('scripts/bench/poller-takeover.ts', {});
    // The station log's recorder alone, on a station of its own: its ffmpeg's share of a core.
    run('scripts/bench/recorder.ts', {});
    // Listen again on a station and a recording server of its own (a clock just before a show ends).
    run('scripts/bench/listen-again.ts', {});
    // /played and /api/plays with the 10,000 plays kept beside one day's, on servers of its own.
    run('scripts/bench/played.ts', {});
    // Search at 8 and 10,000 stories, in Chromium, on servers of its own (ports 3640, 3641).
    run('scripts/bench/search.ts', {});
    run('scripts/bench/click-to-sound.ts', { BASE_URL: baseUrl });
    // A weak signal (96 kbit/s): the same build with the main stream only, beside this one.
    if (wanted('weak-signal')) {
      const mainOnlyEnv = Object.fromEntries(
        Object.entries(siteEnv).filter(([name]) => name !== 'STREAM_FALLBACK_URL'),
      );
      mainOnlySite = await startSite({
        port: ports.mainOnly,
        probe: '/news',
        env: { ...mainOnlyEnv, DATA_DIR: mkdtempSync(path.join(tmpdir(), 'bench-data-')) },
      });
      run('scripts/bench/weak-signal.ts', { BASE_URL: baseUrl, MAIN_ONLY_URL: mainOnlySite.url });
      await mainOnlySite.stop();
    }
    // Page weight and speed last: the SSE listeners above are gone by then. Lighthouse and
    // autocannon want the machine to themselves: `uptime` first, and compare within one run.
    run('scripts/bench/js-weight.ts', { BASE_URL: baseUrl });
    // Beside a bare Next.js page with about the article's text (30 kB), taken in turn: the
    // framework's own share of a phone's load (docs/performance.md, "On a phone").
    const bare =
      wanted('lighthouse') || wanted('main-thread')
        ? await readEnvLines(
            startTs('servers/bare-next.ts', [String(ports.bareArticle), '30500'], 'pipe').stdout!,
            'COMPARE_PID',
            'the bare Next.js page of the article’s size',
          )
        : {};
    const bareUrl: Record<string, string> = bare.COMPARE_URL ? { BARE_URL: bare.COMPARE_URL } : {};
    run('scripts/bench/lighthouse.ts', { BASE_URL: baseUrl, ...bareUrl });
    // Where the main thread's time goes while a page loads, at 4× CPU slowdown.
    run('scripts/bench/main-thread.ts', { BASE_URL: baseUrl, ...bareUrl });
    // Server CPU side by side with a second site (COMPARE_URL, COMPARE_PID), by default a bare
    // Next.js page of the same version: the framework's own floor.
    if (!wanted('server-cpu')) return;
    const compare = process.env.COMPARE_URL
      ? { COMPARE_URL: process.env.COMPARE_URL, COMPARE_PID: process.env.COMPARE_PID ?? '' }
      : await readEnvLines(
          startTs('servers/bare-next.ts', [String(ports.bare)], 'pipe').stdout!,
          'COMPARE_PID',
          'the bare Next.js page',
        );
    run('scripts/bench/server-cpu.ts', { BASE_URL: baseUrl, SERVER_PID: serverPid, ...compare });
  } finally {
    await site?.stop();
    await mainOnlySite?.stop();
    for (const child of children) child.kill('SIGTERM');
  }
}

void main();
