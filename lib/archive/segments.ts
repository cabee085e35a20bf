/**
 * The station log's index, pure: what was recorded between two instants, and where it was not.
 * Each recorded segment is a file whose name says when its audio went out, for how long and how
 * big it is (`20261204T033210.123Z_10005_160078.mp3` under a folder per UTC day), so the folder
 * listing is the index: nothing else to keep in step, and retention is deleting files.
 * The station log (`/api/archive`) and, later, episodes and the podcast feed ask `coverSpan`.
 * @see ../../docs/architecture.md "Station log"
 */
export type Segment = {
  /** When its first frame went out, epoch ms. */
  start: number;
  durationMs: number;
  bytes: number;
  /** The file's name (no folder). */
  name: string;
};

/** The longest a segment may be (the recorder cuts at 10 s): how far back a span's search looks. */
export const MAX_SEGMENT_MS = 60_000;
/** Audio this close together counts as continuous: frame jitter and clock estimates, not gaps. */
export const GAP_TOLERANCE_MS = 500;

const NAME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})\.(\d{3})Z_(\d+)_(\d+)\.([a-z0-9]+)$/;

export const segmentEnd = (segment: Pick<Segment, 'start' | 'durationMs'>) =>
  segment.start + segment.durationMs;

/** The UTC day a segment's folder is named after: `2026-12-04`. */
export const dayFolder = (instant: number) => new Date(instant).toISOString().slice(0, 10);

/** The day folders that may hold audio of [from, to), oldest first. */
export function dayFoldersFor(from: number, to: number): string[] {
  const days: string[] = [];
  const first = Date.parse(dayFolder(from - MAX_SEGMENT_MS));
  for (let day = first; day < to; day += 86_400_000) days.push(dayFolder(day));
  return days;
}

/** The file name of a segment: its start (UTC, ms), duration (ms), size (bytes), extension. */
export function segmentName(start: number, durationMs: number, bytes: number, ext: string) {
  const iso = new Date(start).toISOString(); // 2026-12-04T03:32:10.123Z
  const stamp = iso.replace(/[-:]/g, '');
  return `${stamp}_${Math.round(durationMs)}_${bytes}.${ext}`;
}

/** A segment from its file name, or null for anything else in the folder. */
export function parseSegmentName(name: string): Segment | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms, duration, bytes] = m;
  const start = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!, +ms!);
  if (Number.isNaN(start)) return null;
  return { start, durationMs: Number(duration), bytes: Number(bytes), name };
}

/** One segment's part of a span: the file, and where in it to begin and end (ms from its start). */
export type Piece = { segment: Segment; inMs: number; outMs: number };
export type Span = { from: number; to: number };
export type Coverage = {
  /** In time order, never overlapping: a takeover's or restart's re-sent audio is used once. */
  pieces: Piece[];
  /** Where nothing was recorded within the span, in time order. */
  gaps: Span[];
  recordedMs: number;
};

/**
 * The recorded audio between two instants, with its gaps. `segments` may come in any order and
 * overlap (two recorders during a lease handover, or Icecast's burst re-sending what a previous
 * run already had): each instant is taken from the segment that reached it first.
 */
export function coverSpan(segments: readonly Segment[], from: number, to: number): Coverage {
  const sorted = segments
    .filter((s) => segmentEnd(s) > from && s.start < to)
    .sort((a, b) => a.start - b.start || b.durationMs - a.durationMs);
  const pieces: Piece[] = [];
  const gaps: Span[] = [];
  let covered = from;
  for (const segment of sorted) {
    const end = Math.min(segmentEnd(segment), to);
    if (end <= covered + GAP_TOLERANCE_MS && pieces.length > 0) continue;
    const begin = Math.max(segment.start, covered);
    if (begin - covered > GAP_TOLERANCE_MS) gaps.push({ from: covered, to: begin });
    // Within the tolerance, join end to end rather than drop or repeat a frame's worth.
    const inMs = Math.max(0, begin - segment.start);
    const outMs = end - segment.start;
    if (outMs - inMs <= 0) continue;
    pieces.push({ segment, inMs, outMs });
    covered = end;
  }
  if (to - covered > GAP_TOLERANCE_MS) gaps.push({ from: covered, to });
  const recordedMs = pieces.reduce((sum, piece) => sum + piece.outMs - piece.inMs, 0);
  return { pieces, gaps, recordedMs };
}
