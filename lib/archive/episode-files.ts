import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  episodeId,
  episodeRecordSchema,
  mergeSpans,
  type EpisodeRecord,
} from '@/lib/listen-again/episode';
import { folderOf, listSegments } from './archive-files';
import { concatScript, episodeArgs } from './ffmpeg';
import { coverSpan } from './segments';

/**
 * Episodes on disk, under the station log's folder: `episodes/<show>/<id>.mp3`, the airing's
 * audio as one file, and `<id>.json`, its record (lib/listen-again/episode.ts). The record is
 * written last, so an episode with a record is whole; the audio file is what the site (or nginx,
 * docs/deploy.md) serves with byte ranges.
 */
export const episodesDir = (dir: string) => path.join(dir, 'episodes');
export const episodeFiles = (dir: string, show: string, id: string) => {
  const base = path.join(episodesDir(dir), show, id);
  return { audio: `${base}.mp3`, record: `${base}.json` };
};

const SAFE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The show's episodes' records, newest first (a file that does not parse is left out, and said). */
export async function readEpisodeRecords(dir: string, show: string): Promise<EpisodeRecord[]> {
  if (!SAFE.test(show)) return [];
  const folder = path.join(episodesDir(dir), show);
  const names = await readdir(folder).catch(() => [] as string[]);
  const records = await Promise.all(
    names.filter((name) => name.endsWith('.json')).map((name) => readRecord(folder, name)),
  );
  return records
    .flatMap((record) => record ?? [])
    .sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
}

/** One episode's record, or null when there is none. */
export async function readEpisodeRecord(
  dir: string,
  show: string,
  id: string,
): Promise<EpisodeRecord | null> {
  if (!SAFE.test(show)) return null;
  return readRecord(path.join(episodesDir(dir), show), `${id}.json`);
}

async function readRecord(folder: string, name: string): Promise<EpisodeRecord | null> {
  const text = await readFile(path.join(folder, name), 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    return episodeRecordSchema.parse(JSON.parse(text));
  } catch (error) {
    console.warn(`[episodes] ${path.join(folder, name)} is not an episode record: ${error}`);
    return null;
  }
}

/** Every show's episodes' records (retention). */
export async function readAllEpisodeRecords(dir: string): Promise<EpisodeRecord[]> {
  const shows = await readdir(episodesDir(dir)).catch(() => [] as string[]);
  return (await Promise.all(shows.map((show) => readEpisodeRecords(dir, show)))).flat();
}

/** Deletes an episode: its record first, so it is never listed without its audio. */
export async function deleteEpisode(dir: string, record: Pick<EpisodeRecord, 'show' | 'id'>) {
  const files = episodeFiles(dir, record.show, record.id);
  await unlink(files.record).catch(() => {});
  await unlink(files.audio).catch(() => {});
}

/**
 * Makes the episode of one airing from the station log: the segments that cover it, concatenated
 * by ffmpeg into one file (frames copied, with an Xing header so players know its real length),
 * measured by ffprobe, then its record. Null when nothing of the airing was recorded.
 */
export async function makeEpisode(
  dir: string,
  airing: { showId: string; show: string; start: Date; end: Date },
  { title, artist, now = Date.now }: { title: string; artist: string; now?: () => number },
): Promise<EpisodeRecord | null> {
  const [from, to] = [+airing.start, +airing.end];
  const coverage = coverSpan(await listSegments(dir, from, to), from, to);
  if (coverage.pieces.length === 0) return null;
  const id = episodeId(airing.start);
  const files = episodeFiles(dir, airing.showId, id);
  await mkdir(path.dirname(files.audio), { recursive: true });
  const part = `${files.audio}.part`;
  const script = concatScript(coverage.pieces, (piece) => folderOf(dir, piece.segment));
  await run('ffmpeg', episodeArgs(part, { title, artist }), script);
  const durationS = Number(
    await run('ffprobe', [
      ...['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', part],
    ]),
  );
  if (!(durationS > 0)) throw new Error(`ffprobe could not read the length of ${part}`);
  const { size } = await stat(part);
  const recorded = mergeSpans(
    coverage.pieces.map(({ segment, inMs, outMs }) => ({
      from: segment.start + inMs,
      to: segment.start + outMs,
    })),
  ).map((span) => ({
    from: new Date(span.from).toISOString(),
    to: new Date(span.to).toISOString(),
  }));
  const record: EpisodeRecord = {
    show: airing.showId,
    id,
    start: airing.start.toISOString(),
    end: airing.end.toISOString(),
    recorded,
    durationS: Math.round(durationS * 1000) / 1000,
    bytes: size,
    madeAt: new Date(now()).toISOString(),
  };
  await rename(part, files.audio);
  await writeFile(`${files.record}.part`, `${JSON.stringify(record, null, 2)}\n`);
  await rename(`${files.record}.part`, files.record);
  return record;
}

/** Runs a command to its end: its stdout, or an error with the end of its stderr. */
function run(command: string, args: string[], stdin?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-1_000)));
    child.stdin.on('error', () => {});
    child.stdin.end(stdin ?? '');
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`${command} ${code}: ${stderr.trim()}`)),
    );
  });
}
