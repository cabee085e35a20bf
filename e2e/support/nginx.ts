import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { waitFor } from '../../servers/wait';

/**
 * Debian's nginx running the deployment recipe's own site file (docs/deploy/nginx.conf) in front
 * of test instances: only the lines the file marks "test:" are rewritten (addresses, port, cache
 * folder), so the recipe as documented is what the tests exercise.
 */
export const RECIPE = path.resolve(__dirname, '../../docs/deploy/nginx.conf');

export type RecipePorts = { listen: number; sites: [number, number]; live: [number, number] };

export function recipeFor(ports: RecipePorts, cacheDir: string): string {
  const replacements: [RegExp, (match: string, ...groups: string[]) => string][] = [
    [
      /server 127\.0\.0\.1:\d+( [^;#]*)?; # test: (first|second) instance('s LIVE_PORT)?$/gm,
      (_, settings = '', which, live) =>
        `server 127.0.0.1:${ports[live ? 'live' : 'sites'][which === 'first' ? 0 : 1]}${settings};`,
    ],
    [
      /proxy_cache_path \S+ (.*) # test: cache folder$/m,
      (_, rest) => `proxy_cache_path ${cacheDir} ${rest}`,
    ],
    [/listen \d+; # test: port$/m, () => `listen 127.0.0.1:${ports.listen};`],
  ];
  let text = readFileSync(RECIPE, 'utf8');
  for (const [pattern, replacement] of replacements) {
    if (text.search(pattern) < 0) throw new Error(`${RECIPE} has no line matching ${pattern}`);
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
  // What it says as it starts goes to the test's output; the rest to error.log.
  const nginxArgs = ['-p', dir, '-c', path.join(dir, 'nginx.conf')];
  const child = spawn('/usr/sbin/nginx', nginxArgs, { stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${ports.listen}`;
  const answers = async () => child.exitCode !== null || !!(await fetch(`${url}/api/on-air`));
  await waitFor('nginx', answers).catch((error: Error) => {
    child.kill('SIGKILL');
    throw error;
  });
  if (child.exitCode !== null) {
    throw new Error(`nginx exited:\n${readFileSync(path.join(dir, 'error.log'), 'utf8')}`);
  }
  return {
    url,
    /** Where nginx keeps the pages it caches (the recipe's proxy_cache_path). */
    cacheDir: path.join(dir, 'cache'),
    async stop() {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
