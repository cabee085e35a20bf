import { z } from 'zod';
import { artworkUrlSchema, durationSchema, trackInputSchema, type TrackInput } from '../track';
import { azuraCastStationSchema, readAzuraCastStation } from './azuracast';

/**
 * Bodies of `POST /api/now-playing`: our own `{artist, title, artwork?, duration?}` from the
 * station's playout software, or AzuraCast's "Generic Web Hook" post (its now-playing JSON).
 * @see ../../../docs/architecture.md "Now playing"
 */

// Playout software often sends "" or null for "unknown"; only a value that is present is checked.
const absentAsUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

export const pushBodySchema = trackInputSchema.extend({
  artwork: z.preprocess(absentAsUndefined, artworkUrlSchema.optional()),
  duration: z.preprocess(absentAsUndefined, durationSchema.optional()),
});

export type PushParseResult =
  { ok: true; track: TrackInput | null } | { ok: false; field: string; message: string };

export function parsePushBody(json: unknown): PushParseResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, field: 'body', message: 'Expected a JSON object' };
  }
  if ('now_playing' in json) return parseAzuraCastWebhook(json);
  const parsed = pushBodySchema.safeParse(json);
  if (parsed.success) return { ok: true, track: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    field: issue?.path.join('.') || 'body',
    message: issue?.message ?? 'Invalid body',
  };
}

function parseAzuraCastWebhook(json: object): PushParseResult {
  const station = azuraCastStationSchema.safeParse(json);
  if (!station.success) return { ok: false, field: 'now_playing', message: 'Invalid now_playing' };
  const reading = readAzuraCastStation(station.data);
  if (reading.status === 'track') return { ok: true, track: reading.track };
  // An offline station, or one with nothing playing, is news rather than an error: nothing to record.
  if (station.data.now_playing === null || station.data.is_online === false) {
    return { ok: true, track: null };
  }
  return { ok: false, field: 'now_playing.song.title', message: 'Expected a song title' };
}
