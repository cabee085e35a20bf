import { z } from 'zod';
import type { Play } from '@/lib/live/events';
import type { Show } from '@/lib/schedule/schema';
import { GAP_TOLERANCE_MS, type Span } from '@/lib/archive/segments';

/**
 * Listen again, pure: an episode is one airing of a show as the station log recorded it, made
 * into one file when the airing ends (lib/archive/episode-maker.ts). Its id is the airing's start
 * in UTC (`2026-12-03-2300-utc`: unambiguous across the clock change, sortable, and lower case
 * as every address of the site); its record (a
 * JSON file beside the audio) says what was recorded when, so the tracks the airing played can be
 * placed in the recording and the gaps told honestly.
 * @see ../../docs/architecture.md "Listen again"
 */

const DAY_MS = 86_400_000;
const ID = /^(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})-utc$/;

/** `2026-12-03-2300-utc` for an airing starting 2026-12-03 23:00 UTC. */
export function episodeId(start: Date | string): string {
  const iso = new Date(start).toISOString(); // 2026-12-03T23:00:00.000Z
  return `${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}-utc`;
}

/** The airing's start an id names, or null for anything that is not an id. */
export function parseEpisodeId(id: string): Date | null {
  const match = ID.exec(id);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as number[];
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!));
  return episodeId(date) === id ? date : null;
}

/** How many days the show's airings stay to listen again: its own setting, else the station's. */
export const listenAgainDaysOf = (show: Pick<Show, 'listenAgainDays'>, stationDays: number) =>
  show.listenAgainDays ?? stationDays;

/** Whether an airing that ended at `end` is still to listen again at `now`. */
export const isListedAt = (end: Date | string, days: number, now: Date | number) =>
  days > 0 && +new Date(end) > +now - days * DAY_MS;

/** When an episode of an airing that ended at `end` leaves listen again. */
export const unlistedAt = (end: Date | string, days: number) =>
  new Date(+new Date(end) + days * DAY_MS);

const instant = z.iso.datetime();

/** The record kept beside an episode's audio (`<id>.json`). */
export const episodeRecordSchema = z.strictObject({
  show: z.string().min(1),
  id: z.string().regex(ID),
  /** The airing, ISO (UTC). */
  start: instant,
  end: instant,
  /** What the recording holds, in order: the audio of each span follows the one before. */
  recorded: z.array(z.strictObject({ from: instant, to: instant })).min(1),
  /** The file's real length (ffprobe), seconds; and its size. */
  durationS: z.number().positive(),
  bytes: z.number().int().positive(),
  madeAt: instant,
});
export type EpisodeRecord = z.infer<typeof episodeRecordSchema>;

/** Runs of audio closer than the tolerance are one: what a listener hears as unbroken. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.from - b.from)) {
    const last = merged.at(-1);
    if (last && span.from - last.to <= GAP_TOLERANCE_MS) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
  }
  return merged;
}

const spansOf = (record: EpisodeRecord): Span[] =>
  record.recorded.map((span) => ({ from: Date.parse(span.from), to: Date.parse(span.to) }));

/**
 * Where an instant of the airing falls in the recording, seconds from its start: the audio
 * recorded before it. An instant in a gap falls where the audio resumes; `inGap` says so.
 */
export function positionOf(record: EpisodeRecord, at: number): { seconds: number; inGap: boolean } {
  let ms = 0;
  for (const span of spansOf(record)) {
    if (at < span.from) return { seconds: ms / 1000, inGap: true };
    if (at < span.to) return { seconds: (ms + at - span.from) / 1000, inGap: false };
    ms += span.to - span.from;
  }
  return { seconds: ms / 1000, inGap: true };
}

/** A track of the airing, and where it is in the recording (null: it is not in it). */
export type EpisodeTrack = {
  play: Play;
  /** Seconds into the recording where the track can be heard from. */
  at: number | null;
  /** The recording joins the track after it began (it started in a gap, or before the recording). */
  joined: boolean;
};

/**
 * The airing's tracks against its recording. A track that began in a gap is heard from where the
 * audio resumes, if it was still playing then (no later track began in the same gap); one
 * entirely within a gap, or after the recording ends, is listed without a place. Off-air markers
 * are not tracks.
 */
export function placeTracks(record: EpisodeRecord, plays: readonly Play[]): EpisodeTrack[] {
  const tracks = plays
    .filter((play) => !play.offAir)
    .sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  const end = spansOf(record).at(-1)!.to;
  return tracks.map((play, index) => {
    const started = Date.parse(play.startedAt);
    const { seconds, inGap } = positionOf(record, started);
    if (!inGap) return { play, at: seconds, joined: false };
    const next = tracks[index + 1];
    const nextSeconds = next ? positionOf(record, Date.parse(next.startedAt)).seconds : Infinity;
    // Still playing when the audio resumed, and the recording did not end first.
    const heard = started < end && nextSeconds > seconds;
    return { play, at: heard ? seconds : null, joined: heard };
  });
}

/** The JSON chapters of an episode (Podcasting 2.0 `podcast:chapters`), from its placed tracks. */
export function jsonChapters(tracks: readonly EpisodeTrack[]) {
  return {
    version: '1.2.0',
    chapters: tracks
      .filter((track) => track.at !== null)
      .map((track) => ({
        startTime: Math.round(track.at! * 1000) / 1000,
        title: trackTitle(track.play),
      })),
  };
}

export const trackTitle = (play: Pick<Play, 'artist' | 'title'>) =>
  play.artist ? `${play.artist} — ${play.title}` : play.title;

/** What the recording lacks: where it began late, stopped within, or ended early. */
export type RecordingGap = { kind: 'late-start' | 'gap' | 'early-end'; from: Date; to: Date };

export function recordingGaps(record: EpisodeRecord): RecordingGap[] {
  const spans = spansOf(record);
  const [start, end] = [Date.parse(record.start), Date.parse(record.end)];
  const gaps: RecordingGap[] = [];
  const first = spans[0]!;
  const last = spans.at(-1)!;
  // A few seconds either end is the segment boundaries and the stream's delay, not a loss.
  const SLACK_MS = 15_000;
  if (first.from - start > SLACK_MS) {
    gaps.push({ kind: 'late-start', from: new Date(start), to: new Date(first.from) });
  }
  spans.slice(1).forEach((span, index) => {
    gaps.push({ kind: 'gap', from: new Date(spans[index]!.to), to: new Date(span.from) });
  });
  if (end - last.to > SLACK_MS) {
    gaps.push({ kind: 'early-end', from: new Date(last.to), to: new Date(end) });
  }
  return gaps;
}
