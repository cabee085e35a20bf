import { encodeSseEvent } from './sse';

/** What an alert is about (lib/alerts/alert.ts): breaking news, a weather warning, a station notice. */
export const ALERT_KINDS = ['breaking', 'weather', 'station'] as const;

/**
 * The live channel's events, defined once: each name with the shape of its data. The server
 * encodes with `encodeLiveEvent` (the route handler and the plain LIVE_PORT server send the same
 * frames) and the browser reads with `readLiveEvent` (components/live/live-channel.ts), which
 * checks what arrives against the same definitions; the Redis stores read their values with them
 * too. Plain type guards, not zod: this module ships to every page, and zod's smallest build
 * added 17 kB (gzipped) to each.
 * @see ../../docs/architecture.md "Alerts and the live channel"
 */

type Guard<T> = (value: unknown) => value is T;
type Guarded<G> = G extends Guard<infer T> ? T : never;
type Shape = Record<string, Guard<unknown>>;
/** `{ a: Guard<string>, b: Guard<string | undefined> }` → `{ a: string; b?: string }`. */
type ObjectOf<S extends Shape> = {
  [K in keyof S as undefined extends Guarded<S[K]> ? never : K]: Guarded<S[K]>;
} & {
  [K in keyof S as undefined extends Guarded<S[K]> ? K : never]?: Exclude<Guarded<S[K]>, undefined>;
};
type Simplify<T> = { [K in keyof T]: T[K] } & {};

const text: Guard<string> = (value): value is string => typeof value === 'string';
const count: Guard<number> = (value): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0;
const finite: Guard<number> = (value): value is number =>
  typeof value === 'number' && Number.isFinite(value);
// As the server writes them: UTC, with or without milliseconds.
const instant: Guard<string> = (value): value is string =>
  text(value) && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/.test(value);
const optional =
  <T>(guard: Guard<T>): Guard<T | undefined> =>
  (value): value is T | undefined =>
    value === undefined || guard(value);
const oneOf =
  <const T extends readonly unknown[]>(choices: T): Guard<T[number]> =>
  (value): value is T[number] =>
    choices.includes(value);
const object =
  <S extends Shape>(shape: S): Guard<Simplify<ObjectOf<S>>> =>
  (value): value is Simplify<ObjectOf<S>> =>
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.entries(shape).every(([key, guard]) => guard((value as Record<string, unknown>)[key]));

/** Where a play came from. */
export const PLAY_SOURCES = ['push', 'icecast', 'azuracast'] as const;

/** A stored play: the JSON that GET /api/now-playing, the channel and the page components share. */
export const isPlay = object({
  id: count,
  // Empty when a polled source gave only a title; the UI then shows the title alone.
  artist: text,
  title: text,
  artwork: optional(text),
  duration: optional(finite),
  startedAt: instant,
  source: oneOf(PLAY_SOURCES),
  streamer: optional(text),
  /** The station went off air here (no artist, no title) until the next play. */
  offAir: optional(oneOf([true] as const)),
  /** Bumped when a play's artwork or duration is filled in later (0, absent, at first). */
  revision: optional(count),
});
export type Play = Guarded<typeof isPlay>;

/** An alert as stored and sent to pages (lib/alerts/alert.ts says what each kind is for). */
export const isAlert = object({
  id: count,
  kind: oneOf(ALERT_KINDS),
  message: text,
  url: optional(text),
  /** ISO 8601, UTC. */
  createdAt: instant,
  expiresAt: instant,
});

/** How far behind live a new listener starts: more than two minutes is not a burst we believe. */
const MAX_BURST_SECONDS = 120;
const burst: Guard<number | undefined> = optional(
  (value): value is number => finite(value) && value >= 0 && value <= MAX_BURST_SECONDS,
);
const isStreamEvent = object({
  burstSeconds: burst,
  fallback: optional(
    object({
      burstSeconds: burst,
      /** How long a player on the fallback goes without a stall before trying the main stream. */
      upAfterSeconds: count,
    }),
  ),
});
export type StreamEvent = Guarded<typeof isStreamEvent>;

type LiveEvents = {
  /** A change of track (or off air), with the play's id (and revision) as the event id. */
  'now-playing': Play;
  /** The whole list of live alerts, newest first, on every connection and every change. */
  alert: { alerts: Guarded<typeof isAlert>[] };
  /**
   * The station's streams (lib/stream/stream-info.ts): the main stream's burst as last measured
   * (absent until measured), and its low-bitrate fallback where there is one.
   */
  stream: StreamEvent;
};
export type LiveEventName = keyof LiveEvents;
export type LiveEventData<Name extends LiveEventName> = LiveEvents[Name];

/** How the browser reads each event's data: undefined when it is not what the event carries. */
const READERS: { [Name in LiveEventName]: (value: unknown) => LiveEvents[Name] | undefined } = {
  'now-playing': (value) => (isPlay(value) ? value : undefined),
  // One alert the page cannot read (a kind a newer server added) is left out, not the whole list.
  alert: (value) => {
    const list = (value as { alerts?: unknown } | null)?.alerts;
    return Array.isArray(list) ? { alerts: list.filter(isAlert) } : undefined;
  },
  stream: (value) => (isStreamEvent(value) ? value : undefined),
};

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
    return READERS[name](JSON.parse(data)) as LiveEventData<Name> | undefined;
  } catch {
    return undefined;
  }
}
