// A private Redis for tests and benchmarks: Debian's redis-server on a free port of 127.0.0.1,
// its files in a temporary folder, append-only persistence on (a restart keeps the data, as a
// deployed Redis would), stopped with the process that started it. Not a mock: the real server.
// scripts/install-system-deps.sh installs redis-server where it is missing.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REDIS_SERVER = '/usr/bin/redis-server';

export type TestRedis = {
  port: number;
  /** redis://127.0.0.1:<port> */
  url: string;
  pid(): number | undefined;
  output(): string;
  /** SIGTERM (it writes its data first); its files stay for start(). */
  halt(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same port with the same files. */
  start(): Promise<void>;
  /** Stops and starts it: clients see their connections drop and come back. */
  restart(): Promise<void>;
  /** Stops it and removes its files. */
  stop(): Promise<void>;
};

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// Servers still running when this process exits go with it: no daemon left behind.
const running = new Set<ChildProcess>();
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));

/** Starts redis-server and resolves once it accepts connections. */
export async function startRedisServer({
  port,
  persist = true,
}: { port?: number; persist?: boolean } = {}): Promise<TestRedis> {
  const dir = mkdtempSync(path.join(tmpdir(), 'redis-test-'));
  const chosen = port ?? (await freePort());
  let child: ChildProcess | undefined;
  let output = '';

  async function launch() {
    output = '';
    const args = [
      ...['--port', String(chosen), '--bind', '127.0.0.1', '--dir', dir, '--daemonize', 'no'],
      ...['--save', '', '--appendonly', persist ? 'yes' : 'no', '--protected-mode', 'yes'],
      ...['--loglevel', 'notice', '--logfile', ''],
    ];
    const started = spawn(REDIS_SERVER, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    running.add(started);
    started.once('exit', () => running.delete(started));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`redis-server did not start:\n${output}`)),
        10_000,
      );
      const read = (chunk: Buffer) => {
        output += chunk;
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      };
      started.stdout!.on('data', read);
      started.stderr!.on('data', read);
      started.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited (${code}):\n${output}`));
      });
    });
  }

  async function halt(signal: NodeJS.Signals = 'SIGTERM') {
    const current = child;
    if (!current || current.exitCode !== null || current.signalCode !== null) return;
    const exited = new Promise((resolve) => current.once('exit', resolve));
    current.kill(signal);
    const timeout = setTimeout(() => current.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timeout);
  }

  await launch();
  return {
    port: chosen,
    url: `redis://127.0.0.1:${chosen}`,
    pid: () => child?.pid,
    output: () => output,
    halt,
    start: launch,
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
