import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { ROOT } from '../../servers/site';

/**
 * A station a spec has to itself (Icecast 2 fed by ffmpeg, servers/station), for what the shared
 * one cannot show: its source dropped, its recording. Resolves once it is on air; closing its
 * stdin stops it and what it started.
 */
export async function startOwnStation(port: number, password: string, name: string) {
  const station: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'servers/station/cli.ts', '--port', String(port)].concat([
      '--dir',
      mkdtempSync(path.join(tmpdir(), `${name}-station-`)),
    ]),
    {
      cwd: ROOT,
      env: { ...process.env, ICECAST_PASSWORD: password },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  for await (const line of createInterface({ input: station.stdout! })) {
    if (String(line).startsWith('ICECAST_MOUNT=')) break;
  }
  return station;
}

/** The duration ffprobe reads from an MP3. */
export async function probeDuration(body: ArrayBuffer): Promise<number> {
  return (await probeAudio(body)).duration;
}

/** What ffprobe reads from an MP3: its duration and its own tags (which podcast apps show). */
export async function probeAudio(
  body: ArrayBuffer,
): Promise<{ duration: number; tags: Record<string, string> }> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'probe-')), 'audio.mp3');
  writeFileSync(file, Buffer.from(body));
  const { stdout } = await promisify(execFile)('ffprobe', [
    ...['-v', 'error', '-show_entries', 'format=duration:format_tags', '-of', 'json', file],
  ]);
  const { format } = JSON.parse(stdout) as {
    format: { duration: string; tags?: Record<string, string> };
  };
  return { duration: Number(format.duration), tags: format.tags ?? {} };
}
