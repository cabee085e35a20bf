import { spawn } from 'node:child_process';
import path from 'node:path';
import { sleep, waitFor } from './wait';

/** This checkout. */
export const ROOT = path.resolve(__dirname, '..');

export type Site = Awaited<ReturnType<typeof startSite>>;

/**
 * The site as production runs it (`server.mjs` on a build), started and waited for: the servers
 * an end-to-end spec owns alone (e2e/support/site-server.ts) and the benchmarks' site
 * (scripts/bench/run-all.ts). Resolves once `probe` answers with a 2xx; kills the server and
 * throws with what it printed if it does not within `timeoutMs`.
 */
export async function startSite({
  port,
  env = {},
  cwd = ROOT,
  probe = '/api/on-air',
  timeoutMs = 60_000,
}: {
  port: number;
  /** On top of this process's environment. */
  env?: Record<string, string | undefined>;
  /** The project folder to serve (a scratch copy, say); this checkout by default. */
  cwd?: string;
  /** What is asked, every 50 ms, until the server answers it with a 2xx. */
  probe?: string;
  timeoutMs?: number;
}) {
  const child = spawn(process.execPath, ['server.mjs', '-H', '127.0.0.1', '-p', String(port)], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let output = '';
  for (const stream of [child.stdout, child.stderr])
    stream.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const starting = Date.now();
  // The first answer the server gives, whatever it is: the front door must already be there.
  let firstResponse: Response | undefined;
  const answers = async () => {
    const response = await fetch(`${url}${probe}`);
    firstResponse ??= response;
    return response.ok;
  };
  await waitFor(`the site on ${port}`, answers, timeoutMs).catch((error: Error) => {
    // Not left behind: a fresh-clone run once kept two such servers busy for half an hour.
    child.kill('SIGKILL');
    throw new Error(`${error.message}:\n${output}`);
  });
  return {
    url,
    pid: child.pid!,
    firstResponse: firstResponse!,
    /** How long it took to answer. */
    startedInMs: Date.now() - starting,
    /** Everything the server printed so far. */
    output: () => output,
    /** SIGTERM, then how long it took to exit (ms). */
    async stop() {
      const started = Date.now();
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(10_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      return Date.now() - started;
    },
    /** SIGKILL: the server dies without a chance to clean up, as in a crash. */
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
