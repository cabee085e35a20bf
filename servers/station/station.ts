/**
 * The local station for the demo and the end-to-end tests: Debian's Icecast 2 on 127.0.0.1 with
 * the checked-in icecast.xml, fed by ffmpeg looping four ~20 s tone "tracks", with the mount's
 * title following the track. The same ffmpeg publishes the programme twice: as it is (128 kbps
 * MP3, copied) on /live, and at 40 kbps mono MP3 on /live-low, the fallback for a weak signal.
 * Facts it relies on: docs/icecast.md.
 *
 * Everything is in the open, in Icecast: titles are set and sources dropped through its admin
 * API, and what is on air is read from its status-json.xsl with the site's own parser. So a test
 * in another process needs only the port and the password.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sleep, waitFor } from '../wait';
import { parseIcecastStatus } from '@/lib/now-playing/sources/icecast';
import type { SourceReading } from '@/lib/now-playing/sources/poller';

export const MOUNT = '/live';
/** The low-bitrate mount (STREAM_FALLBACK_URL): 40 kbps mono MP3 at 22.05 kHz. */
export const LOW_MOUNT = '/live-low';
export const LOW_BITRATE = ['-c:a', 'libmp3lame', '-b:a', '40k', '-ac', '1', '-ar', '22050'];
const HOST = '127.0.0.1';
const ROOT = path.resolve(__dirname, '../..');
const TRACK_MS = 20_000;
const TONES = path.join(ROOT, '.run/station/tones-v2.mp3');

/** Chords of sines with a little pink noise (a pure sine encodes too small): signals, not music. */
export const TRACKS = [
  { artist: 'Oldham Community Radio', title: 'Test Tone in A', hz: [440] },
  { artist: 'Oldham Community Radio', title: 'Station Ident', hz: [660, 880, 1320] },
  { artist: 'Oldham Test Signals', title: 'Tone in C (Café Mix)', hz: [261.63, 329.63, 392] },
  { artist: 'Oldham Test Signals', title: 'Low Hum in E', hz: [164.81] },
];

export const trackTitle = (track: { artist: string; title: string }) =>
  track.artist ? `${track.artist} - ${track.title}` : track.title;

/** The lines the site needs to play the station and follow its titles. */
export const stationEnv = (port: number) => ({
  STREAM_URL: `http://${HOST}:${port}${MOUNT}`,
  ICECAST_STATUS_URL: `http://${HOST}:${port}/status-json.xsl`,
  ICECAST_MOUNT: MOUNT,
});

/** The line that gives the site the station's low-bitrate fallback as well. */
export const fallbackEnv = (port: number) => ({
  STREAM_FALLBACK_URL: `http://${HOST}:${port}${LOW_MOUNT}`,
});

const run = promisify(execFile);

/** The four tracks back to back in one MP3, made once and kept in .run/station. */
export async function makeTones() {
  if (fs.existsSync(TONES)) return;
  fs.mkdirSync(path.dirname(TONES), { recursive: true });
  const tmp = `${TONES}.${process.pid}.tmp`;
  const seconds = TRACK_MS / 1000;
  const tones = TRACKS.flatMap(({ hz }) => {
    const chord = hz.map((f) => `sin(2*PI*${f}*t)`).join('+');
    const source = `aevalsrc=exprs='${0.3 / hz.length}*(${chord})':s=44100:d=${seconds}:c=stereo`;
    return ['-f', 'lavfi', '-i', source];
  });
  const noise = ['-f', 'lavfi', '-i', `anoisesrc=color=pink:amplitude=0.06:d=${seconds * 4}`];
  const n = TRACKS.length;
  const graph =
    `${TRACKS.map((_, i) => `[${i}]`).join('')}concat=n=${n}:v=0:a=1,afade=t=in:d=0.3[tones];` +
    `[${n}]aformat=sample_rates=44100:channel_layouts=stereo[noise];` +
    `[tones][noise]amix=inputs=2:duration=first:normalize=0[out]`;
  const mp3 = ['-c:a', 'libmp3lame', '-b:a', '128k', '-write_xing', '0', '-id3v2_version', '0'];
  const args = ['-nostdin', '-loglevel', 'error', ...tones, ...noise, '-filter_complex', graph];
  await run('ffmpeg', [...args, '-map', '[out]', ...mp3, '-f', 'mp3', '-y', tmp]);
  fs.renameSync(tmp, TONES); // whole or not at all: stations starting together may race here
}

/** Starts icecast2 with icecast.xml filled in, and resolves once status-json.xsl is valid. */
export async function startIcecast(port: number, password: string, dir: string) {
  // Its logs in /tmp: it writes them as user icecast2, who may not reach into the checkout.
  const logDir = path.join(os.tmpdir(), `oldham-icecast-${port}`);
  fs.mkdirSync(logDir, { recursive: true });
  if (process.getuid?.() === 0) {
    const id = (flag: string) =>
      Number(execFileSync('id', [flag, 'icecast2'], { encoding: 'utf8' }));
    fs.chownSync(logDir, id('-u'), id('-g'));
  }
  const values: Record<string, string> = { PORT: `${port}`, PASSWORD: password, LOG_DIR: logDir };
  const template = fs.readFileSync(path.join(__dirname, 'icecast.xml'), 'utf8');
  const config = path.join(dir, 'icecast.xml');
  fs.mkdirSync(dir, { recursive: true });
  const filled = template.replace(/\$\{(\w+)\}/g, (_, key) => values[key]!);
  fs.writeFileSync(config, filled, { mode: 0o600 }); // it holds the password
  // Debian's icecast2 has crashed as it started, once in many runs (SIGSEGV, nothing in its
  // log, a fresh-clone run of the suite): a crash at start is tried again, twice; an exit with a
  // code (a bad config, the port taken) is not.
  for (let attempt = 1; ; attempt++) {
    const icecast = spawn('icecast2', ['-c', config], { stdio: ['ignore', 'ignore', 'inherit'] });
    let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    icecast.once('exit', (code, signal) => (exited = { code, signal }));
    const up = async () => !!exited || (await readMount(port)).status !== 'invalid';
    try {
      await waitFor(`Icecast on port ${port}`, up);
    } catch (error) {
      icecast.kill();
      throw error;
    }
    if (!exited) return icecast;
    const how = `${exited.signal ?? exited.code}`;
    if (!exited.signal || attempt === 3) {
      throw new Error(`icecast2 exited (${how}): see ${logDir}/error.log`);
    }
    console.warn(`[station :${port}] icecast2 crashed as it started (${how}); starting it again`);
  }
}

/**
 * One ffmpeg looping the tones into both mounts in real time: /live as it is, /live-low
 * re-encoded. It ends when Icecast drops either (killsource, or Icecast stopping): a write to
 * the dropped one fails and ffmpeg exits, so the two mounts come and go together, and a detached
 * source cannot outlive the station.
 */
export function startSource(port: number, password: string, { detached = false } = {}) {
  const url = (mount: string) => `icecast://source:${password}@${HOST}:${port}${mount}`;
  const args = ['-nostdin', '-loglevel', 'fatal', '-re', '-stream_loop', '-1', '-i', TONES];
  const out = (codec: string[], name: string, mount: string) => [
    ...['-map', '0:a', ...codec, '-content_type', 'audio/mpeg', '-ice_name', name],
    ...['-f', 'mp3', url(mount)],
  ];
  const main = out(['-c:a', 'copy'], 'Oldham test station', MOUNT);
  const low = out(LOW_BITRATE, 'Oldham test station (data saver)', LOW_MOUNT);
  return spawn('ffmpeg', [...args, ...main, ...low], { detached, stdio: 'ignore' });
}

/** Whether Icecast has a source on the low-bitrate mount. */
export async function lowMountUp(port: number): Promise<boolean> {
  const response = await fetch(stationEnv(port).ICECAST_STATUS_URL, {
    signal: AbortSignal.timeout(2_000),
  });
  return (await response.text()).includes(`${LOW_MOUNT}"`);
}

/** What the mount is playing, read as the site reads it. */
export async function readMount(port: number): Promise<SourceReading> {
  const response = await fetch(stationEnv(port).ICECAST_STATUS_URL, {
    signal: AbortSignal.timeout(2_000),
  });
  return parseIcecastStatus(await response.text(), MOUNT);
}

export const isTrack = (reading: SourceReading, title: string) =>
  reading.status === 'track' && trackTitle(reading.track) === title;

/** An admin API call (`metadata`, `killsource`) that must succeed. */
export async function admin(
  port: number,
  password: string,
  command: 'metadata' | 'killsource',
  params: Record<string, string> = {},
) {
  const query = new URLSearchParams({ mount: MOUNT, ...params });
  const response = await fetch(`http://${HOST}:${port}/admin/${command}?${query}`, {
    headers: { authorization: `Basic ${Buffer.from(`admin:${password}`).toString('base64')}` },
    signal: AbortSignal.timeout(3_000),
  });
  const body = await response.text();
  if (!/<return>1<\/return>/.test(body)) throw new Error(`Icecast ${command}: ${body.trim()}`);
}

export const setTitle = (port: number, password: string, song: string) =>
  admin(port, password, 'metadata', { mode: 'updinfo', charset: 'UTF-8', song });

/**
 * Gives a source that has just connected (ffmpeg sends no title) its first track's title, once
 * the mount is up; followTracks() takes it from there. Resolves once Icecast shows the title.
 */
export async function titleNewSource(port: number, password: string) {
  const up = async () => ['untitled', 'track'].includes((await readMount(port)).status);
  await waitFor('the source', up);
  const first = trackTitle(TRACKS[0]!);
  await setTitle(port, password, first);
  await waitFor(`title ${first}`, async () => isTrack(await readMount(port), first), 5_000);
}

/**
 * Keeps the title on the track playing, counting from when the source got its first title. A
 * title that is none of the tracks' is a test's own: it stays until something sets a track title
 * again. A source without a title is left without one (as a station's encoder with metadata off
 * would be): whoever starts a source names its first track (titleNewSource).
 */
export async function followTracks(port: number, password: string, stopped: () => boolean) {
  let since = Date.now();
  while (!stopped()) {
    const reading = await readMount(port).catch(() => undefined);
    if (reading?.status === 'track') {
      const now = TRACKS[Math.floor((Date.now() - since) / TRACK_MS) % TRACKS.length]!;
      const ours = TRACKS.some((track) => isTrack(reading, trackTitle(track)));
      if (ours && !isTrack(reading, trackTitle(now))) {
        await setTitle(port, password, trackTitle(now)).catch(() => {});
      }
    } else {
      // No source, or one with no title yet: its first track starts when it gets one.
      since = Date.now();
    }
    await sleep(250);
  }
}
