// A private Redis for tests and benchmarks: Debian's redis-server on a free port of 127.0.0.1,
// its files in a temporary folder, append-only persistence on (a restart keeps the data, as a
// deployed Redis would), stopped with the process that started it. Not a mock: the real server.
// scripts/install-system-deps.sh installs redis-server where it is missing.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REDIS_SERVER = '/usr/bin/redis-server';
// The station's orphan guard: stops redis-server if this process dies without stopping it.
const GUARD = fileURLToPath(new URL('../station/guard.mjs', import.meta.url));

/** A port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts redis-server and resolves once it accepts connections. */
export async function startRedisServer({ port, persist = true } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'redis-test-'));
  const chosen = port ?? (await freePort());
  let child;
  let output = '';

  async function launch() {
    output = '';
    // prettier-ignore
    const args = [
      '--port', String(chosen), '--bind', '127.0.0.1', '--dir', dir, '--daemonize', 'no',
      '--save', '', '--appendonly', persist ? 'yes' : 'no', '--protected-mode', 'yes',
      '--loglevel', 'notice', '--logfile', '',
    ];
    child = spawn(REDIS_SERVER, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const started = child;
    await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`redis-server did not start:\n${output}`)),
        10_000,
      );
      const read = (chunk) => {
        output += chunk;
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      };
      started.stdout.on('data', read);
      started.stderr.on('data', read);
      started.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited (${code}):\n${output}`));
      });
    });
    // prettier-ignore
    spawn(process.execPath, [GUARD, '--owner', String(process.pid), '--pid', String(started.pid), '--match', 'redis-server'], {
      detached: true,
      stdio: 'ignore',
    }).unref();
  }

  async function halt(signal = 'SIGTERM') {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill(signal);
    const timeout = setTimeout(() => running.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timeout);
  }

  await launch();
  return {
    port: chosen,
    url: `redis://127.0.0.1:${chosen}`,
    pid: () => child.pid,
    output: () => output,
    /** Stops it (SIGTERM: it writes its data first), leaving its files for `start()`. */
    halt,
    /** Starts it again on the same port with the same files. */
    start: launch,
    /** Stops and starts it: clients see their connections drop and come back. */
    async restart() {
      await halt();
      await launch();
    },
    async stop() {
      await halt();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
