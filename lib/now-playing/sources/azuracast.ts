import { z } from 'zod';
import { splitArtistTitle } from '../split-artist-title';
import { looseTextSchema, toLenientTrack } from '../track';
import { startPoller, type Poller, type PollerOptions, type SourceReading } from './poller';

/**
 * AzuraCast's now-playing JSON, read from its API (`/api/nowplaying/{station}` gives one station,
 * `/api/nowplaying` an array of all) and posted as-is by its "Generic Web Hook"; one parser
 * serves both.
 * @see https://www.azuracast.com/docs/developers/now-playing-data/
 */

const songSchema = z.object({
  artist: looseTextSchema,
  title: looseTextSchema,
  // "Artist - Title" as one string; used when the separate fields are empty.
  text: looseTextSchema,
  art: z.string().optional().catch(undefined),
});

export const azuraCastStationSchema = z.object({
  is_online: z.boolean().optional().catch(undefined),
  now_playing: z
    .object({
      song: songSchema,
      // 0 for live broadcasts; toLenientTrack drops durations that are not positive.
      duration: z.number().optional().catch(undefined),
    })
    .nullable()
    .optional()
    .catch(undefined),
});
export type AzuraCastStation = z.infer<typeof azuraCastStationSchema>;

/** Reads one station's now-playing object. */
export function readAzuraCastStation(station: AzuraCastStation): SourceReading {
  if (station.is_online === false) return { status: 'no-track', reason: 'station offline' };
  const nowPlaying = station.now_playing;
  if (!nowPlaying) return { status: 'no-track', reason: 'nothing playing' };
  const { artist, title, text, art } = nowPlaying.song;
  const names = title?.trim() ? { artist, title } : splitArtistTitle(text ?? '');
  const track = toLenientTrack({ ...names, artwork: art, duration: nowPlaying.duration });
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
  return startPoller({ ...options, name: 'azuracast', url, parse: parseAzuraCastText });
}
