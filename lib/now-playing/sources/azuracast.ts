import { z } from 'zod';
import { splitArtistTitle } from '../split-artist-title';
import { looseTextSchema, toLenientTrack } from '../track';
import { startPoller, type Poller, type PollerOptions, type SourceReading } from './poller';

/**
 * AzuraCast's now-playing JSON, read from its API (`/api/nowplaying/{station}` gives one station,
 * `/api/nowplaying` an array of all) and posted as-is by its "Generic Web Hook"; one parser
 * serves both. Only the fields we use are read; the rest (lyrics, history, the next song) is
 * ignored.
 * @see https://www.azuracast.com/docs/developers/now-playing-data/
 */

const songSchema = z.object({
  artist: looseTextSchema,
  title: looseTextSchema,
  // "Artist - Title" as one string.
  text: looseTextSchema,
  art: z.string().optional().catch(undefined),
});

/** UNIX seconds up to 9999-12-31T23:59:59Z, the last instant an ISO 8601 string names. */
export const unixSecondsSchema = z
  .number()
  .min(0, 'must be UNIX seconds')
  .max(253_402_300_799, 'must be UNIX seconds, before the year 10000');

export const azuraCastStationSchema = z.object({
  is_online: z.boolean().optional().catch(undefined),
  live: z
    .object({
      is_live: z.boolean().optional().catch(undefined),
      streamer_name: looseTextSchema,
    })
    .optional()
    .catch(undefined),
  now_playing: z
    .object({
      song: songSchema,
      // 0 for live broadcasts; toLenientTrack drops durations that are not positive.
      duration: z.number().optional().catch(undefined),
      // UNIX seconds: when AzuraCast started the song, which beats when we first heard of it.
      // Dropped past what a date can hold (1e308 made an Invalid Date, and a 500).
      played_at: unixSecondsSchema.optional().catch(undefined),
      streamer: looseTextSchema,
    })
    .nullable()
    .optional()
    .catch(undefined),
});
export type AzuraCastStation = z.infer<typeof azuraCastStationSchema>;

/**
 * Artist and title from AzuraCast's song: its separate fields when both are set, else the
 * combined "Artist - Title" text (an empty artist beside a title often means the tags were
 * missing and the text has both), else the title alone.
 */
function namesOf({ artist = '', title = '', text = '' }: z.infer<typeof songSchema>) {
  if (artist.trim() && title.trim()) return { artist, title };
  const fromText = splitArtistTitle(text);
  if (fromText.artist) return fromText;
  const fromTitle = splitArtistTitle(title);
  return fromTitle.title ? fromTitle : fromText;
}

/** Reads one station's now-playing object. */
export function readAzuraCastStation(station: AzuraCastStation): SourceReading {
  if (station.is_online === false) return { status: 'off-air', reason: 'station offline' };
  const nowPlaying = station.now_playing;
  if (!nowPlaying) return { status: 'no-track', reason: 'nothing playing' };
  const { song, duration, played_at: playedAt } = nowPlaying;
  // A DJ only while AzuraCast says one is live: both names can be set when nobody is (its own
  // example answer has `is_live: false` beside "DJ Jazzy Jeff" and a song streamer "Test DJ").
  const { live } = station;
  const streamer = live?.is_live ? live.streamer_name || nowPlaying.streamer : undefined;
  const track = toLenientTrack({
    ...namesOf(song),
    artwork: song.art,
    duration,
    startedAt: playedAt ? new Date(playedAt * 1000).toISOString() : undefined,
    streamer: streamer || undefined,
  });
  return track ? { status: 'track', track } : { status: 'no-track', reason: 'no title' };
}

/**
 * Parses the API response. For the all-stations array the first station with a title wins:
 * point AZURACAST_NOWPLAYING_URL at `/api/nowplaying/{shortcode}` to choose one.
 */
export function parseAzuraCastNowPlaying(json: unknown): SourceReading {
  const candidates = Array.isArray(json) ? json : [json];
  let fallback: SourceReading = { status: 'invalid', reason: 'no station object' };
  for (const candidate of candidates) {
    if (typeof candidate !== 'object' || candidate === null) continue;
    const station = azuraCastStationSchema.safeParse(candidate);
    if (!station.success) continue;
    const reading = readAzuraCastStation(station.data);
    if (reading.status === 'track') return reading;
    fallback = reading;
  }
  return fallback;
}

export function parseAzuraCastText(text: string): SourceReading {
  try {
    return parseAzuraCastNowPlaying(JSON.parse(text));
  } catch {
    return { status: 'invalid', reason: 'invalid JSON' };
  }
}

type AzuraCastPollerOptions = Omit<PollerOptions, 'name' | 'url' | 'parse'> & { url: string };

export function startAzuraCastPoller({ url, ...options }: AzuraCastPollerOptions): Poller {
  // AzuraCast says so itself when the station is offline: no grace period needed.
  return startPoller({
    offAirAfterMs: 0,
    ...options,
    name: 'azuracast',
    url,
    parse: parseAzuraCastText,
  });
}
