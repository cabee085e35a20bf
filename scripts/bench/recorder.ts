#!/usr/bin/env node
/**
 * What does the station log's recorder cost? The budget: at most 2 % of a core per stream. A
 * station of its own (servers/station: Icecast 2 and ffmpeg, 128 kbps MP3, port 8695), the
 * recorder alone (lib/archive/recorder.ts, as the server runs it, into a temporary DATA_DIR) for
 * DURATION_S seconds (60), and the recorder's ffmpeg's CPU time from /proc/<pid>/stat, sampled
 * every 10 s, printed as % of one core. The first 5 s (connecting, Icecast's burst) are left out.
 *
 *   node --import tsx scripts/bench/recorder.ts        (or BENCH_ONLY=recorder npm run bench)
 *
 * Talks to 127.0.0.1 only.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { startRecorder } from '../../lib/archive/recorder';
import { ROOT } from '../../servers/site';
import { sleep, waitFor } from '../../servers/wait';

const PORT = 8695;
const DURATION_S = Number(process.env.DURATION_S ?? 60);
// Linux reports CPU time in clock ticks; USER_HZ is 100 on every mainstream architecture.
const TICKS_PER_SECOND = 100;

/** utime + stime of a process, in ms (fields 14 and 15 of /proc/<pid>/stat). */
function cpuMsOf(pid: number) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

async function main() {
  const station = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'servers/station/cli.ts',
      '--port',
      String(PORT),
      '--dir',
      '.run/bench-recorder-station',
    ],
    { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  let streamUrl = '';
  for await (const line of createInterface({ input: station.stdout! })) {
    if (String(line).startsWith('STREAM_URL='))
      streamUrl = String(line).slice('STREAM_URL='.length);
    if (String(line).startsWith('ICECAST_MOUNT=')) break;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-recorder-'));
  const recorder = startRecorder({ url: streamUrl, dir, log: () => {} });
  try {
    await waitFor('the recorder', async () => recorder.status().recording, 30_000);
    const pid = recorder.pid()!;
    await sleep(5_000);
    const start = { at: performance.now(), cpu: cpuMsOf(pid) };
    const rows: { seconds: number; 'CPU % of a core (so far)': string }[] = [];
    for (let elapsed = 10; elapsed <= DURATION_S; elapsed += 10) {
      await sleep(start.at + elapsed * 1000 - performance.now());
      const [wall, cpu] = [performance.now() - start.at, cpuMsOf(pid) - start.cpu];
      rows.push({ seconds: elapsed, 'CPU % of a core (so far)': ((100 * cpu) / wall).toFixed(2) });
    }
    const [wall, cpu] = [performance.now() - start.at, cpuMsOf(pid) - start.cpu];
    console.table(rows);
    const { bytesToday, recordedUntil } = recorder.status();
    console.log(
      `recorder (ffmpeg ${pid}): ${((100 * cpu) / wall).toFixed(2)} % of a core over ${(wall / 1000).toFixed(1)} s ` +
        `(${cpu.toFixed(0)} ms CPU; budget 2 %); ${bytesToday} bytes stored, recorded until ${recordedUntil}`,
    );
  } finally {
    await recorder.stop();
    station.stdin!.end(); // the station stops, and what it started, when its input closes
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
