#!/usr/bin/env node
// Generates the station's test "tracks": short tagged MP3 files of tones with a little pink
// noise mixed in (a pure sine encodes too small), 128 kbit/s CBR, 44.1 kHz, stereo. They are
// test signals made here by ffmpeg, not music, so nothing in them is copyrighted.
//
//   import { makeTracks } from './make-tracks.mjs';
//   const tracks = await makeTracks({ dir: '.run/station/tracks', seconds: 20 });
//   // → [{ file: '/abs/01-test-tone-a-20s.mp3', artist, title, seconds: 20.0359 }, ...]
//
// CLI: node scripts/station/make-tracks.mjs [--dir .run/station/tracks] [--seconds 20]
//
// Files that already exist are kept (the cache key is the file name, which includes the
// length); new files are written to a temporary name and renamed, so concurrent callers are
// safe. `seconds` in the result is exact: the number of MP3 frames × 1152 / 44100, which is
// also how ffmpeg's concat demuxer lays the tracks out on its timeline.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_TRACKS_DIR = path.join(REPO_ROOT, '.run/station/tracks');

const SAMPLE_RATE = 44100;

/** Tone "tracks": stereo aevalsrc expressions (left|right), all clearly test signals. */
export const TRACK_SPECS = [
  {
    slug: 'test-tone-a',
    artist: 'Oldham Community Radio',
    title: 'Test Tone in A',
    expr: '0.30*sin(2*PI*440*t)|0.30*sin(2*PI*440*t+0.3)',
  },
  {
    slug: 'station-ident',
    artist: 'Oldham Community Radio',
    title: 'Station Ident',
    // three rising pips every two seconds
    expr:
      '0.30*(sin(2*PI*660*t)*lt(mod(t,2),0.2)+sin(2*PI*880*t)*between(mod(t,2),0.3,0.5)+sin(2*PI*1320*t)*between(mod(t,2),0.6,0.9))' +
      '|0.30*(sin(2*PI*660*t)*lt(mod(t,2),0.2)+sin(2*PI*880*t)*between(mod(t,2),0.3,0.5)+sin(2*PI*1320*t)*between(mod(t,2),0.6,0.9))',
  },
  {
    slug: 'tone-c-cafe',
    artist: 'Oldham Test Signals',
    title: 'Tone in C (Café Mix)',
    // a C major chord, slowly panned
    expr:
      '(0.12*sin(2*PI*261.63*t)+0.12*sin(2*PI*329.63*t)+0.12*sin(2*PI*392*t))*(0.6+0.4*sin(2*PI*0.1*t))' +
      '|(0.12*sin(2*PI*261.63*t)+0.12*sin(2*PI*329.63*t)+0.12*sin(2*PI*392*t))*(0.6-0.4*sin(2*PI*0.1*t))',
  },
  {
    slug: 'low-hum-e',
    artist: 'Oldham Test Signals',
    title: 'Low Hum in E',
    expr: '0.35*sin(2*PI*164.81*t)*(0.8+0.2*sin(2*PI*0.5*t))|0.35*sin(2*PI*164.81*t)*(0.8+0.2*sin(2*PI*0.5*t+1))',
  },
];

function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', (e) =>
      reject(
        e.code === 'ENOENT' ? new Error(`${cmd} not found: run scripts/install-system-deps.sh`) : e,
      ),
    );
    child.on('close', (code) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`${cmd} exited with ${code}: ${err.trim().slice(-2000)}`)),
    );
  });
}

/** Exact length of an MP3 file in seconds (frames × samples per frame / sample rate). */
export async function mp3Seconds(file) {
  const out = await run('ffprobe', [
    '-v',
    'error',
    '-select_streams',
    'a:0',
    '-count_packets',
    '-show_entries',
    'stream=nb_read_packets,sample_rate',
    '-of',
    'json',
    file,
  ]);
  const stream = JSON.parse(out).streams?.[0];
  const packets = Number(stream?.nb_read_packets);
  const rate = Number(stream?.sample_rate);
  if (!packets || !rate) throw new Error(`ffprobe could not read ${file}`);
  return (packets * 1152) / rate;
}

function trackFileName(index, spec, seconds) {
  return `${String(index + 1).padStart(2, '0')}-${spec.slug}-${seconds}s.mp3`;
}

async function encodeTrack(spec, seconds, file) {
  const tmp = `${file}.${process.pid}.tmp.mp3`;
  const fadeOut = Math.max(0, seconds - 0.5);
  const graph =
    `aevalsrc=exprs='${spec.expr}':s=${SAMPLE_RATE}:d=${seconds}:channel_layout=stereo[tone];` +
    `anoisesrc=color=pink:amplitude=0.06:r=${SAMPLE_RATE}:d=${seconds},` +
    `aformat=channel_layouts=stereo[noise];` +
    `[tone][noise]amix=inputs=2:duration=first:normalize=0,` +
    `afade=t=in:d=0.3,afade=t=out:st=${fadeOut}:d=0.5,` +
    `aformat=sample_rates=${SAMPLE_RATE}:channel_layouts=stereo[out]`;
  try {
    await run('ffmpeg', [
      '-hide_banner',
      '-nostdin',
      '-loglevel',
      'error',
      '-y',
      '-filter_complex',
      graph,
      '-map',
      '[out]',
      '-c:a',
      'libmp3lame',
      '-b:a',
      '128k',
      '-ar',
      String(SAMPLE_RATE),
      '-ac',
      '2',
      '-id3v2_version',
      '3',
      '-metadata',
      `artist=${spec.artist}`,
      '-metadata',
      `title=${spec.title}`,
      '-metadata',
      'album=Oldham Community Radio test signals',
      '-metadata',
      'comment=Generated test tone (sine + pink noise); not music, no copyright',
      '-f',
      'mp3',
      tmp,
    ]);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * Make (or reuse) the tone tracks.
 * @param {{ dir?: string, seconds?: number, count?: number }} [options]
 * @returns {Promise<Array<{ file: string, artist: string, title: string, seconds: number }>>}
 */
export async function makeTracks({ dir = DEFAULT_TRACKS_DIR, seconds = 20, count } = {}) {
  if (!(seconds >= 2 && seconds <= 3600)) throw new Error(`seconds must be 2…3600, not ${seconds}`);
  const specs = TRACK_SPECS.slice(0, count ?? TRACK_SPECS.length);
  const absDir = path.resolve(dir);
  mkdirSync(absDir, { recursive: true });
  // lengths cache: ffprobe -count_packets reads the whole file (~0.1 s each)
  const cacheFile = path.join(absDir, 'lengths.json');
  let cache = {};
  try {
    cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
  } catch {
    /* no cache yet */
  }
  let cacheChanged = false;
  const tracks = await Promise.all(
    specs.map(async (spec, i) => {
      const name = trackFileName(i, spec, seconds);
      const file = path.join(absDir, name);
      if (!existsSync(file) || statSync(file).size === 0) await encodeTrack(spec, seconds, file);
      const { size, mtimeMs } = statSync(file);
      let length =
        cache[name]?.size === size && cache[name]?.mtimeMs === mtimeMs && cache[name].seconds;
      if (!length) {
        length = await mp3Seconds(file);
        cache[name] = { size, mtimeMs, seconds: length };
        cacheChanged = true;
      }
      return { file, artist: spec.artist, title: spec.title, seconds: length };
    }),
  );
  if (cacheChanged) {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(cache, null, 2) + '\n');
    renameSync(tmp, cacheFile);
  }
  return tracks;
}

/** "Artist - Title", the way Icecast shows an MP3 mount's title. */
export function trackTitle(track) {
  return `${track.artist} - ${track.title}`;
}

async function cli() {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({
    options: { dir: { type: 'string' }, seconds: { type: 'string' } },
  });
  const started = Date.now();
  const tracks = await makeTracks({
    dir: values.dir,
    seconds: values.seconds ? Number(values.seconds) : undefined,
  });
  for (const t of tracks) console.log(`${t.file}\t${t.seconds.toFixed(3)} s\t${trackTitle(t)}`);
  console.log(`(${Date.now() - started} ms)`);
}

// (no top-level await anywhere: Playwright's TypeScript loader require()s these modules)
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cli().catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
}
