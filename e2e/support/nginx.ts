import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Debian's nginx running the deployment recipe's own site file (docs/deploy/nginx.conf) in front
 * of test instances: only the lines the file marks "test:" are rewritten (addresses, port, cache
 * folder), so the recipe as documented is what the tests exercise.
 */
export const RECIPE = path.resolve(__dirname, '../../docs/deploy/nginx.conf');

export type RecipePorts = { listen: number; sites: [number, number]; live: [number, number] };

export function recipeFor(ports: RecipePorts, cacheDir: string): string {
  const replacements: [RegExp, string][] = [
    [/server 127\.0\.0\.1:\d+; # test: first instance$/m, `server 127.0.0.1:${ports.sites[0]};`],
    [/server 127\.0\.0\.1:\d+; # test: second instance$/m, `server 127.0.0.1:${ports.sites[1]};`],
    [
      /server 127\.0\.0\.1:\d+; # test: first instance's LIVE_PORT$/m,
      `server 127.0.0.1:${ports.live[0]};`,
    ],
    [
      /server 127\.0\.0\.1:\d+; # test: second instance's LIVE_PORT$/m,
      `server 127.0.0.1:${ports.live[1]};`,
    ],
    [/proxy_cache_path \S+ (.*) # test: cache folder$/m, `proxy_cache_path ${cacheDir} $1`],
    [/listen \d+; # test: port$/m, `listen 127.0.0.1:${ports.listen};`],
  ];
  let text = readFileSync(RECIPE, 'utf8');
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(text)) throw new Error(`${RECIPE} no longer has a line matching ${pattern}`);
    text = text.replace(pattern, replacement);
  }
  return text;
}

export async function startNginx(ports: RecipePorts) {
  const dir = mkdtempSync(path.join(tmpdir(), 'nginx-recipe-'));
  // nginx's workers run as `nobody`: they must reach the cache and temporary folders.
  chmodSync(dir, 0o755);
  for (const sub of ['cache', 'temp']) {
    mkdirSync(path.join(dir, sub));
    chmodSync(path.join(dir, sub), 0o777);
  }
  writeFileSync(path.join(dir, 'site.conf'), recipeFor(ports, path.join(dir, 'cache')));
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${dir}/temp/client;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;
  include ${dir}/site.conf;
}
`,
  );
  const child = spawn('/usr/sbin/nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${ports.listen}`;
  for (const until = Date.now() + 10_000; ;) {
    try {
      await fetch(`${url}/api/on-air`);
      break;
    } catch {
      if (Date.now() > until || child.exitCode !== null) {
        throw new Error(
          `nginx did not start:\n${output}\n${readFileSync(path.join(dir, 'error.log'), 'utf8')}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
