import * as z from 'zod/mini';
import { ALERT_KINDS } from '@/lib/alerts/alert';
import { encodeSseEvent } from './sse';

/**
 * The live channel's events, defined once: each name with the shape of its data. The server
 * encodes with `encodeLiveEvent` (the route handler and the plain LIVE_PORT server send the same
 * frames) and the browser reads with `readLiveEvent` (components/live/live-channel.ts), which
 * checks what arrives against the same schema. zod's mini build, so the browser carries only the
 * checks these use.
 * @see ../../docs/architecture.md "Alerts and the live channel"
 */

/** Where a play came from. */
export const PLAY_SOURCES = ['push', 'icecast', 'azuracast'] as const;

/** A stored play: the JSON that GET /api/now-playing, the channel and the page components share. */
export const playSchema = z.object({
  id: z.number().check(z.int(), z.positive()),
  // Empty when a polled source gave only a title; the UI then shows the title alone.
  artist: z.string(),
  title: z.string(),
  artwork: z.optional(z.string()),
  duration: z.optional(z.number()),
  startedAt: z.iso.datetime(),
  source: z.enum(PLAY_SOURCES),
  streamer: z.optional(z.string()),
  /** The station went off air here (no artist, no title) until the next play. */
  offAir: z.optional(z.literal(true)),
  /** Bumped when a play's artwork or duration is filled in later (0, absent, at first). */
  revision: z.optional(z.number().check(z.int(), z.positive())),
});

/** An alert as stored and sent to pages (lib/alerts/alert.ts says what each kind is for). */
export const alertSchema = z.object({
  id: z.number().check(z.int(), z.positive()),
  kind: z.enum(ALERT_KINDS),
  message: z.string(),
  url: z.optional(z.string()),
  /** ISO 8601, UTC. */
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});

/** How far behind live a new listener starts: more than two minutes is not a burst we believe. */
const MAX_BURST_SECONDS = 120;

export const LIVE_EVENTS = {
  /** A change of track (or off air), with the play's id (and revision) as the event id. */
  'now-playing': playSchema,
  /**
   * The whole list of live alerts, newest first, on every connection and every change. One the
   * page cannot read (a kind a newer server added) is left out, not the whole list.
   */
  alert: z.object({
    alerts: z.pipe(
      z.array(z.unknown()),
      z.transform((items) =>
        items.flatMap((item) => {
          const alert = alertSchema.safeParse(item);
          return alert.success ? [alert.data] : [];
        }),
      ),
    ),
  }),
  /** The stream's burst as last measured (lib/stream/burst-watch.ts); absent until measured. */
  stream: z.object({
    burstSeconds: z.optional(z.number().check(z.gte(0), z.lte(MAX_BURST_SECONDS))),
  }),
} as const;

export type LiveEventName = keyof typeof LIVE_EVENTS;
export type LiveEventData<Name extends LiveEventName> = z.output<(typeof LIVE_EVENTS)[Name]>;

/** One event's frame: built once, then shared by every listener. */
export function encodeLiveEvent<Name extends LiveEventName>(
  name: Name,
  data: LiveEventData<Name>,
  id?: string,
): Uint8Array {
  return encodeSseEvent({ event: name, id, data: JSON.stringify(data) });
}

/**
 * An event's data as received, or undefined when it is not what this event carries. Our own
 * server sent it, but it is still text off the network.
 */
export function readLiveEvent<Name extends LiveEventName>(
  name: Name,
  data: string,
): LiveEventData<Name> | undefined {
  try {
    const parsed = LIVE_EVENTS[name].safeParse(JSON.parse(data));
    return parsed.success ? (parsed.data as LiveEventData<Name>) : undefined;
  } catch {
    return undefined;
  }
}
