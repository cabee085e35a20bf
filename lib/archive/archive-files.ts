import { mkdir, readdir, rename, rmdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import {
  dayFolder,
  dayFoldersFor,
  parseSegmentName,
  segmentEnd,
  segmentName,
  type Segment,
} from './segments';

/**
 * The station log on disk, under `DATA_DIR/archive`: `incoming/` where ffmpeg writes the segment
 * it is recording, and a folder per UTC day (`2026-12-04/`) of closed segments named by when their
 * audio went out (./segments.ts). A folder's listing is its index: a span reads one or two.
 */
export const incomingDir = (dir: string) => path.join(dir, 'incoming');
export const folderOf = (dir: string, segment: Pick<Segment, 'start'>) =>
  path.join(dir, dayFolder(segment.start));

const DAY = /^\d{4}-\d{2}-\d{2}$/;

async function segmentsIn(folder: string): Promise<Segment[]> {
  const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  return names.flatMap((name) => parseSegmentName(name) ?? []);
}

/** The segments with audio in [from, to), in time order. */
export async function listSegments(dir: string, from: number, to: number): Promise<Segment[]> {
  const days = await Promise.all(
    dayFoldersFor(from, to).map((day) => segmentsIn(path.join(dir, day))),
  );
  return days
    .flat()
    .filter((segment) => segmentEnd(segment) > from && segment.start < to)
    .sort((a, b) => a.start - b.start);
}

/** Every segment kept (retention), in time order. */
export async function listAllSegments(dir: string): Promise<Segment[]> {
  const days = (await readdir(dir).catch(() => [] as string[])).filter((name) => DAY.test(name));
  const all = await Promise.all(days.map((day) => segmentsIn(path.join(dir, day))));
  return all.flat().sort((a, b) => a.start - b.start);
}

/** Moves a closed segment from `incoming/` to its day, named by its start and duration. */
export async function storeSegment(
  dir: string,
  file: string,
  start: number,
  durationMs: number,
): Promise<Segment> {
  const from = path.join(incomingDir(dir), file);
  const { size } = await stat(from);
  const name = segmentName(start, durationMs, size, path.extname(file).slice(1) || 'mp3');
  const segment = parseSegmentName(name)!;
  const folder = folderOf(dir, segment);
  await mkdir(folder, { recursive: true });
  await rename(from, path.join(folder, name));
  return segment;
}

/** Deletes segments (already gone is fine: another instance's sweep), then emptied day folders. */
export async function deleteSegments(dir: string, segments: readonly Segment[]): Promise<void> {
  const folders = new Set<string>();
  for (const segment of segments) {
    const folder = folderOf(dir, segment);
    folders.add(folder);
    await unlink(path.join(folder, segment.name)).catch(() => {});
  }
  // Only an empty folder goes; today's keeps being written to.
  for (const folder of folders) await rmdir(folder).catch(() => {});
}

/** A segment file (ffmpeg's name in `incoming/`) that will never be listed: a run that failed. */
export const discardIncoming = (dir: string, file: string) =>
  unlink(path.join(incomingDir(dir), file)).catch(() => {});

/**
 * Clears what a recorder that died left in `incoming/` (a segment that never closed, whose start
 * is unknown: at most one segment's worth), before a recorder starts. Only files untouched for a
 * minute: with several instances on one shared folder, another may be recording into it now.
 */
export async function clearStaleIncoming(dir: string, now: number): Promise<void> {
  const incoming = incomingDir(dir);
  await mkdir(incoming, { recursive: true });
  for (const name of await readdir(incoming)) {
    const file = path.join(incoming, name);
    const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: now }));
    if (now - mtimeMs > 60_000) await unlink(file).catch(() => {});
  }
}
