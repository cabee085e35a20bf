/**
 * Runs the local station in the foreground (station.ts): `npm start`'s demo station, each
 * end-to-end worker's station (a Playwright webServer entry) and the benchmarks'.
 *
 *   node --import tsx servers/station/cli.ts [--port 8000] [--dir .run/station]
 *
 * Once on air it prints STREAM_URL=…, ICECAST_STATUS_URL=…, ICECAST_MOUNT=… and
 * STREAM_FALLBACK_URL=… (the 40 kbps mount), one a line; the rest goes to stderr. The admin and source password is $ICECAST_PASSWORD, or a random one.
 * It stops, and stops everything it started, on SIGINT, SIGTERM, or when its standard input
 * closes: whoever started it through a pipe has gone.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fallbackEnv, followTracks, makeTones, startIcecast, startSource } from './station';
import { stationEnv, titleNewSource } from './station';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '8000' }, dir: { type: 'string' } },
});
const port = Number(values.port);
const dir = path.resolve(values.dir ?? '.run/station');
const password = process.env.ICECAST_PASSWORD || randomBytes(12).toString('hex');
const say = (message: string) => console.error(`[station :${port}] ${message}`);

const children: ChildProcess[] = [];
let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  // The source first, so Icecast does not log it as a failure; then Icecast.
  for (const child of children.reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3_000))]);
    child.kill('SIGKILL');
  }
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(0));
process.stdin.on('end', () => stop(0)).resume();

async function main() {
  const started = Date.now();
  await makeTones();
  const icecast = await startIcecast(port, password, dir);
  children.push(icecast);
  icecast.once('exit', (code) => stopping || (say(`icecast2 exited (${code})`), stop(1)));
  const source = startSource(port, password);
  children.push(source);
  // A test may drop it (killsource) and start another: the station carries on without it.
  source.once('exit', () => stopping || say('the source stopped'));
  void followTracks(port, password, () => stopping);
  await titleNewSource(port, password);
  const env = { ...stationEnv(port), ...fallbackEnv(port) };
  for (const [name, value] of Object.entries(env)) console.log(`${name}=${value}`);
  say(`on air in ${Date.now() - started} ms: ${stationEnv(port).STREAM_URL}`);
}

main().catch((error: Error) => {
  say(`failed: ${error.message}`);
  void stop(1);
});
