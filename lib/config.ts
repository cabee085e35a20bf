import { z } from 'zod';
import { parseTrustedProxies, type TrustedProxies } from '@/lib/http/client-address';
import stationJson from '@/content/station.json';

/**
 * One source of truth for the station's settings: `content/station.json` (editorial) and the
 * environment (deployment). Validated once, at import; everything else imports typed values.
 * @see ../docs/architecture.md "Configuration"
 */
const stationSchema = z.object({
  name: z.string().min(1),
  stationName: z.string().min(1),
  description: z.string().min(1),
  siteUrl: z.url(),
  timeZone: z.literal('Europe/London'),
  locale: z.string().min(2),
  // null: no stream is configured in content; STREAM_URL or the local demo station decides.
  streamUrl: z.url().nullable(),
  // The same programme at a low bitrate, for listeners on a weak signal (lib/player/quality.ts);
  // null: none, and the player keeps to the one stream.
  streamFallbackUrl: z.url().nullable().default(null),
  location: z.object({
    name: z.string().min(1),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
  }),
  logo: z.string().startsWith('/'),
  artwork: z.string().startsWith('/'),
  // How many days a show's airings stay to listen again, unless the show says (content/schedule.json).
  listenAgainDays: z.number().int().min(0).max(366).default(7),
});

const optionalUrl = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .pipe(z.url().optional())
  .optional();

/** An optional number setting: blank is unset, anything else must pass `number`'s checks. */
const optionalNumber = (number: z.ZodNumber) =>
  z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(z.coerce.number<string | undefined>().pipe(number).optional())
    .optional();

const envSchema = z.object({
  STREAM_URL: optionalUrl,
  STREAM_FALLBACK_URL: optionalUrl,
  // How long a player on the low stream goes without a stall before it tries the main one again.
  STREAM_FALLBACK_UP_AFTER_S: optionalNumber(z.number().int().min(5).max(86_400)),
  NOW_PLAYING_TOKEN: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .optional(),
  ICECAST_STATUS_URL: optionalUrl,
  ICECAST_MOUNT: z.string().trim().optional(),
  AZURACAST_NOWPLAYING_URL: optionalUrl,
  OPEN_METEO_URL: optionalUrl,
  DATA_DIR: z.string().trim().optional(),
  SITE_URL: optionalUrl,
  // Reverse proxies whose X-Forwarded-For is believed, by address or CIDR range; unset: none, so
  // the client is the socket's peer and any X-Forwarded-For it sends is its own invention.
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, context) => {
      try {
        parseTrustedProxies(value);
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message });
      }
    }),
  // Replaced by TRUSTED_PROXIES: a count of hops believed a client that reached the port directly.
  TRUSTED_PROXY_HOPS: z
    .undefined({
      error: 'is replaced by TRUSTED_PROXIES (the proxies’ addresses, e.g. 127.0.0.1)',
    })
    .optional(),
  // Set: the live channel is also served by a plain Node server on this port, beside Next.js
  // (lib/server/live-server.ts), for a reverse proxy to send GET /api/now-playing/events to.
  LIVE_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  LIVE_HOST: z
    .string()
    .trim()
    .transform((value) => value || '127.0.0.1')
    .default('127.0.0.1'),
  // Set: instances share now playing, alerts, the poller lease and rate limits through Redis
  // (lib/redis/). Unset: one process, SQLite under DATA_DIR.
  REDIS_URL: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(
      z.url({ protocol: /^rediss?$/, message: 'must be a redis:// or rediss:// URL' }).optional(),
    )
    .optional(),
  // The station log (lib/archive/): `off` records nothing; unset, a production server records
  // its stream. How long it is kept, and a disk cap in GB (decimal) that deletes oldest-first.
  ARCHIVE_RECORD: z
    .string()
    .trim()
    .toLowerCase()
    .transform((value) => value || undefined)
    .pipe(z.enum(['on', 'off']).optional())
    .optional(),
  ARCHIVE_DAYS: optionalNumber(z.number().int().min(1).max(3_650)),
  ARCHIVE_MAX_GB: optionalNumber(z.number().positive()),
});

export type Station = z.infer<typeof stationSchema>;
export type ServerEnv = z.infer<typeof envSchema>;

export const station: Station = stationSchema.parse(stationJson);

/** Reads and validates the environment; call at request or start-up time, not at build time. */
export function readEnv(env: NodeJS.ProcessEnv = process.env): ServerEnv {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}

export const siteUrl = readEnv().SITE_URL ?? station.siteUrl;

/** The full address of a path on the site (canonical links, feeds, structured data, sharing). */
export const absoluteUrl = (path: string) => new URL(path, siteUrl).toString();
export const openMeteoUrl = () => readEnv().OPEN_METEO_URL ?? 'https://api.open-meteo.com';
export const dataDir = () => readEnv().DATA_DIR ?? './data';
/** TRUSTED_PROXIES, parsed once per value (lib/http/client-address.ts). */
let proxies: { value: string | undefined; trusted: TrustedProxies } | undefined;
export function trustedProxies(): TrustedProxies {
  const value = readEnv().TRUSTED_PROXIES;
  if (proxies?.value !== value || !proxies) {
    proxies = { value, trusted: parseTrustedProxies(value) };
  }
  return proxies.trusted;
}
export const redisUrl = () => readEnv().REDIS_URL;

/**
 * The live stream the player plays: STREAM_URL, else the station's setting in content/. Read at
 * request time, so a server started with the demo station's URL uses it. Null: no stream is
 * configured, and the player says so rather than pretending.
 */
export const streamUrl = (): string | null => readEnv().STREAM_URL ?? station.streamUrl;

/**
 * The low-bitrate stream the player moves to on a weak signal: STREAM_FALLBACK_URL, else the
 * station's setting. None without a main stream: it is the same programme, on less.
 */
export const streamFallbackUrl = (): string | null =>
  streamUrl() === null ? null : (readEnv().STREAM_FALLBACK_URL ?? station.streamFallbackUrl);

/** After this long on the low stream without a stall, the player tries the main one again. */
export const fallbackUpAfterSeconds = (): number => readEnv().STREAM_FALLBACK_UP_AFTER_S ?? 600;

/**
 * The station log: whether this server records its stream (on by default in production when
 * there is one; `ARCHIVE_RECORD=off` stops it, `on` records under `next dev` too), how many days
 * it keeps (ARCHIVE_DAYS, 42) and its disk cap in bytes (ARCHIVE_MAX_GB; null: none).
 */
export function archiveSettings(env: Record<string, string | undefined> = process.env) {
  const parsed = readEnv(env as NodeJS.ProcessEnv);
  const stream = parsed.STREAM_URL ?? station.streamUrl;
  const wanted = parsed.ARCHIVE_RECORD ?? (env.NODE_ENV === 'production' ? 'on' : 'off');
  return {
    record: stream !== null && wanted === 'on',
    stream,
    days: parsed.ARCHIVE_DAYS ?? 42,
    maxBytes: parsed.ARCHIVE_MAX_GB === undefined ? null : Math.round(parsed.ARCHIVE_MAX_GB * 1e9),
  };
}
