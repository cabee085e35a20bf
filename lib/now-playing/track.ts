import { z } from 'zod';
import { PLAY_SOURCES, type Play } from '@/lib/live/events';

/**
 * The shapes every now-playing source is reduced to: a `TrackInput` (what a source reports) and a
 * `NowPlaying` (a stored play, the JSON that GET, SSE and the page components all receive).
 * @see ../../docs/architecture.md "Now playing"
 */

/**
 * How many plays the history keeps, in SQLite or in Redis (and each instance's copy of it): about
 * three weeks at twenty tracks an hour, so a weekly show's page can list its last two airings.
 */
export const KEEP_PLAYS = 10_000;

/** How long after a push the pollers' other tracks are held off (both stores decide it). */
export const PUSH_PRECEDENCE_MS = 10 * 60_000;

export const MAX_TEXT_LENGTH = 300;
export const MAX_DURATION_SECONDS = 24 * 60 * 60;
const MAX_URL_LENGTH = 2048;

export const playSourceSchema = z.enum(PLAY_SOURCES);
export type PlaySource = z.infer<typeof playSourceSchema>;

// Whitespace controls become spaces so "Artist\nTitle" stays two words; other controls
// (C0, DEL, C1) are dropped: they have no business in text we render.
const WHITESPACE_CONTROLS = /[\t\n\v\f\r\u0085]+/g;
const OTHER_CONTROLS = /\p{Cc}/gu;
// Half of a surrogate pair (an emoji cut in two by the sender) is not text: it becomes U+FFFD,
// which is stored and shown as what it is, instead of as broken UTF-8.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Format characters (zero-width spaces, bidi embeddings, overrides and isolates, BOM, tags)
// render as nothing, or reorder the text around them: an artist of zero-width spaces would look
// blank, an unclosed right-to-left override would flip the rest of the strip.
const FORMAT_CHARACTERS = /\p{Cf}/gu;
// Except the joiners, between two visible characters: they join emoji sequences and shape scripts.
const JOINERS = new Set(['\u200C', '\u200D']);
const VISIBLE = /[^\p{Cf}\s]/u;

function dropFormatCharacters(value: string): string {
  return value.replace(FORMAT_CHARACTERS, (char, offset: number, whole: string) => {
    const joins =
      JOINERS.has(char) &&
      VISIBLE.test(whole.charAt(offset - 1)) &&
      VISIBLE.test(whole.charAt(offset + 1));
    return joins ? char : '';
  });
}

/** Text from playout as we store and show it: well-formed, visible, single-spaced, trimmed. */
export function cleanText(value: string): string {
  const text = value
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(WHITESPACE_CONTROLS, ' ')
    .replace(OTHER_CONTROLS, '');
  return dropFormatCharacters(text).replace(/\s+/g, ' ').trim();
}

// Checked after cleaning: a value of only invisible characters is refused, and the cap holds on
// what is stored.
export const trackTextSchema = z
  .string()
  .transform(cleanText)
  .pipe(z.string().min(1, 'must have visible text').max(MAX_TEXT_LENGTH));

// Only https: artwork lands in <img src> under a policy that allows https images (and our own),
// so javascript:, data:, file: and plain http stay out.
export const artworkUrlSchema = z.url({ protocol: /^https$/ }).max(MAX_URL_LENGTH);

// Seconds; under one is no track (and keeps denormals such as 5e-324 out).
export const durationSchema = z.number().min(1).max(MAX_DURATION_SECONDS);

/** The live presenter's name (AzuraCast's streamer), shown beside the track. */
export const streamerSchema = z.string().transform(cleanText).pipe(z.string().min(1).max(100));

/**
 * When the track started, if the source knows better than the moment we hear of it (AzuraCast's
 * `played_at`, a playout system back-filling): an instant in the last week, not in the future.
 */
export const STARTED_AT_WINDOW_MS = 7 * 24 * 3_600_000;
export const startedAtSchema = z.iso
  .datetime({ offset: true })
  .refine((iso) => {
    const age = Date.now() - Date.parse(iso);
    return age > -60_000 && age < STARTED_AT_WINDOW_MS;
  }, 'must be within the last week, and not in the future')
  .transform((iso) => new Date(iso).toISOString());

/** What a source reports. Push ingest validates it strictly; pollers build it leniently. */
export const trackInputSchema = z.object({
  artist: trackTextSchema,
  title: trackTextSchema,
  artwork: artworkUrlSchema.optional(),
  duration: durationSchema.optional(),
  startedAt: startedAtSchema.optional(),
  streamer: streamerSchema.optional(),
});
export type TrackInput = z.infer<typeof trackInputSchema>;

// The stored play is what the live channel carries: defined there, with its other events.
export type NowPlaying = Play;

export type NowPlayingSnapshot = { current: NowPlaying | null; history: NowPlaying[] };

type Names = { artist: string; title: string };

/** The same song reported again (every poll, or by a second source) is one play. */
export function isSameTrack(a: Names, b: Names): boolean {
  const same = (x: string, y: string) => x.trim().toLowerCase() === y.trim().toLowerCase();
  return same(a.artist, b.artist) && same(a.title, b.title);
}

/** Text from a polled JSON document: numbers and booleans become strings, anything else absent. */
export const looseTextSchema = z
  .union([z.string(), z.number(), z.boolean()])
  .transform(String)
  .optional()
  .catch(undefined);

type LooseTrack = {
  artist?: string;
  title?: string;
  artwork?: unknown;
  duration?: unknown;
  startedAt?: unknown;
  streamer?: unknown;
};

/**
 * Builds a TrackInput from polled data, which we cannot send back: over-long text is cut rather
 * than refused, bad artwork or durations are dropped. Null when there is no title to show.
 */
export function toLenientTrack(loose: LooseTrack): TrackInput | null {
  const title = truncate(cleanText(loose.title ?? ''));
  if (!title || title === '-') return null;
  const artwork = artworkUrlSchema.safeParse(loose.artwork);
  const duration = durationSchema.safeParse(loose.duration);
  const startedAt = startedAtSchema.safeParse(loose.startedAt);
  const streamer = streamerSchema.safeParse(loose.streamer);
  return {
    artist: truncate(cleanText(loose.artist ?? '')),
    title,
    ...(artwork.success ? { artwork: artwork.data } : {}),
    ...(duration.success ? { duration: duration.data } : {}),
    ...(startedAt.success ? { startedAt: startedAt.data } : {}),
    ...(streamer.success ? { streamer: streamer.data } : {}),
  };
}

function truncate(text: string): string {
  if (text.length <= MAX_TEXT_LENGTH) return text;
  // Same unit as the push limit (UTF-16), without leaving half a surrogate pair at the end.
  const cut = text.slice(0, MAX_TEXT_LENGTH).replace(/[\uD800-\uDBFF]$/, '');
  return cut.trimEnd();
}
