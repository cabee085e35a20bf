import { z } from 'zod';
import { artworkUrlSchema, durationSchema, trackInputSchema, type TrackInput } from '../track';
import { azuraCastStationSchema, readAzuraCastStation, unixSecondsSchema } from './azuracast';

/**
 * Bodies of `POST /api/now-playing`: our own `{artist, title, artwork?, duration?, startedAt?,
 * streamer?}` (or `{offAir: true}`) from the station's playout software, or AzuraCast's "Generic
 * Web Hook" post (its now-playing JSON; `is_online: false` means off air).
 * @see ../../../docs/architecture.md "Now playing"
 */

// Playout software often sends "" or null for "unknown"; only a value that is present is checked.
const absentAsUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);
// Artwork over plain http could not be shown (the page loads https images only): the track is
// taken without it, and the page shows the show's or the station's picture instead.
const withoutPlainHttp = (value: unknown) =>
  typeof value === 'string' && /^http:\/\//i.test(value.trim())
    ? undefined
    : absentAsUndefined(value);

export const pushBodySchema = trackInputSchema.extend({
  artwork: z.preprocess(withoutPlainHttp, artworkUrlSchema.optional()),
  duration: z.preprocess(absentAsUndefined, durationSchema.optional()),
  startedAt: z.preprocess(absentAsUndefined, trackInputSchema.shape.startedAt),
  streamer: z.preprocess(absentAsUndefined, trackInputSchema.shape.streamer),
});

const offAirBodySchema = z.object({ offAir: z.literal(true) });

/** What a push says: a track, the station going off air, or nothing to record. */
export type PushParseResult =
  | { ok: true; kind: 'track'; track: TrackInput }
  | { ok: true; kind: 'off-air' }
  | { ok: true; kind: 'nothing' }
  | { ok: false; field: string; message: string };

export function parsePushBody(json: unknown): PushParseResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, field: 'body', message: 'Expected a JSON object' };
  }
  if ('now_playing' in json || 'is_online' in json) return parseAzuraCastWebhook(json);
  if (offAirBodySchema.safeParse(json).success) return { ok: true, kind: 'off-air' };
  const parsed = pushBodySchema.safeParse(json);
  if (parsed.success) return { ok: true, kind: 'track', track: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    field: issue?.path.join('.') || 'body',
    message: issue?.message ?? 'Invalid body',
  };
}

// The poller drops a start time it cannot use; a post that sends one gets told (400).
const webhookStartSchema = z.object({
  now_playing: z
    .object({ played_at: z.preprocess(absentAsUndefined, unixSecondsSchema.optional()) })
    .nullish(),
});

function parseAzuraCastWebhook(json: object): PushParseResult {
  const start = webhookStartSchema.safeParse(json);
  if (!start.success) {
    return { ok: false, field: 'now_playing.played_at', message: start.error.issues[0]!.message };
  }
  const station = azuraCastStationSchema.safeParse(json);
  if (!station.success) return { ok: false, field: 'now_playing', message: 'Invalid now_playing' };
  const reading = readAzuraCastStation(station.data);
  if (reading.status === 'track') return { ok: true, kind: 'track', track: reading.track };
  if (reading.status === 'off-air') return { ok: true, kind: 'off-air' };
  // A station with nothing playing is news rather than an error: nothing to record.
  if (station.data.now_playing === null) return { ok: true, kind: 'nothing' };
  return { ok: false, field: 'now_playing.song.title', message: 'Expected a song title' };
}
