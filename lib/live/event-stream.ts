import type { NowPlayingBus } from './bus';
import { refusalAnswer, type ListenerRegistry } from './listener-registry';
import { concatBytes } from '@/lib/http/read-limited';
import { encodeLiveEvent } from './events';
import { encodeSseRetry, SSE_RETRY_MS } from './sse';
import type { Play } from './events';

/**
 * The body of `GET /api/now-playing/events`: one ReadableStream per listener, fed from the bus.
 * Every way a stream can end (the client leaves, the reader cancels, it falls too far behind,
 * it reaches its lifetime, the server shuts down) goes through one `finish`, which unsubscribes
 * it and releases its slot, once.
 * @see ../../docs/architecture.md "Now playing"
 */

export const SSE_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  // no-transform: keeps `next start`'s gzip (and other proxies) from buffering the stream.
  'Cache-Control': 'no-cache, no-transform',
  'X-Accel-Buffering': 'no',
  Connection: 'keep-alive',
} as const;

export const RETRY_FRAME = encodeSseRetry(SSE_RETRY_MS);

/**
 * How long one connection lives before the server ends it and the browser reconnects by itself
 * (after `retry`, 2 s): a stream a client abandoned without closing its socket cannot be held
 * open for good. Spread ±20 % so a station's listeners do not all reconnect at once.
 */
export const STREAM_LIFETIME_MS = 10 * 60_000;

/**
 * The SSE frame for one change: built once, then shared by every listener. Its id is the play's,
 * with the play's revision when its artwork or duration was filled in later ("41.1"), so a
 * client that reconnects with that id can be told exactly what it has not seen.
 */
export function encodeNowPlayingFrame(play: Play): Uint8Array {
  const id = play.revision ? `${play.id}.${play.revision}` : String(play.id);
  return encodeLiveEvent('now-playing', play, id);
}

/** A Last-Event-ID this server wrote ("41", "41.2"), or null for anything else. */
export function parseEventId(value: string | null): { id: number; revision: number } | null {
  const match = /^(\d{1,15})(?:\.(\d{1,9}))?$/.exec(value?.trim() ?? '');
  return match ? { id: Number(match[1]), revision: Number(match[2] ?? 0) } : null;
}

/**
 * The id a (re)connecting client has seen: the `Last-Event-ID` header the browser sends when it
 * reconnects by itself, else `?lastEventId=`, which a page sends when it opens a new channel after
 * the old one closed for good (an EventSource cannot set headers); components/live/live-channel.ts.
 */
export function lastEventIdOf(headers: Headers, url: string): string | null {
  const header = headers.get('last-event-id');
  if (header !== null) return header;
  const query = url.indexOf('?');
  return query < 0 ? null : new URLSearchParams(url.slice(query + 1)).get('lastEventId');
}

type EventStreamOptions = {
  bus: NowPlayingBus;
  /** What the client is sent at once: the current state, or what it missed (may be none). */
  initial: readonly Uint8Array[];
  signal: AbortSignal;
  /** Frames a slow reader may fall behind before we close it (it reconnects, and catches up). */
  maxBacklog?: number;
  /** When (ms since the epoch) the stream ends; checked with every frame, heartbeats included. */
  deadline?: number;
  now?: () => number;
  /** Runs once when the stream ends, however it ends. */
  onClose?: () => void;
  /** Lets the server end this stream from outside (shutdown); returns the undo. */
  track?: (close: () => void) => () => void;
};

export function createEventStream({
  bus,
  initial,
  signal,
  maxBacklog = 64,
  deadline = Infinity,
  now = Date.now,
  onClose = () => {},
  track = () => () => {},
}: EventStreamOptions): ReadableStream<Uint8Array> {
  let finish = () => {};
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        let done = false;
        const onAbort = () => finish();
        const unsubscribe = bus.subscribe((frame) => {
          if ((controller.desiredSize ?? 0) < -maxBacklog || now() >= deadline) finish();
          else controller.enqueue(frame);
        });
        const untrack = track(() => finish());
        finish = () => {
          if (done) return;
          done = true;
          unsubscribe();
          untrack();
          signal.removeEventListener('abort', onAbort);
          onClose();
          try {
            controller.close();
          } catch {
            // Already closed or cancelled by the reader.
          }
        };
        signal.addEventListener('abort', onAbort, { once: true });
        // Retry and what the client needs in one chunk: it is up to date after its first read.
        controller.enqueue(concatBytes([RETRY_FRAME, ...initial]));
        if (signal.aborted) finish();
      },
      cancel() {
        finish();
      },
    },
    new CountQueuingStrategy({ highWaterMark: 8 }),
  );
}

export type EventsResponseOptions = {
  bus: NowPlayingBus;
  initial: readonly Uint8Array[];
  registry: ListenerRegistry;
  /** The client's address (lib/http/client-address.ts), for the per-client cap. */
  client: string;
  maxBacklog?: number;
  lifetimeMs?: number;
  random?: () => number;
  now?: () => number;
};

/** The stream for one client; `initial` is what it missed (lib/now-playing/service.ts). */
export function createEventsResponse(request: Request, options: EventsResponseOptions): Response {
  const admitted = admit(request, options);
  if (admitted instanceof Response) return admitted;
  const { lifetimeMs = STREAM_LIFETIME_MS, random = Math.random, now = Date.now } = options;
  const stream = createEventStream({
    bus: options.bus,
    initial: options.initial,
    signal: request.signal,
    maxBacklog: options.maxBacklog,
    deadline: now() + lifetimeMs * (0.8 + 0.4 * random()),
    now,
    onClose: admitted.release,
    track: options.registry.track,
  });
  return new Response(stream, { headers: SSE_HEADERS });
}

/**
 * `HEAD /api/now-playing/events`: the answer a GET would get, without a body, and without
 * subscribing anything (Next.js runs GET for a HEAD and drops the body, which would leave the
 * stream subscribed until its next heartbeat failed).
 */
export function createEventsHeadResponse(
  request: Request,
  options: Pick<EventsResponseOptions, 'registry' | 'client'>,
): Response {
  const admitted = admit(request, options);
  if (admitted instanceof Response) return admitted;
  admitted.release();
  return new Response(null, { headers: SSE_HEADERS });
}

function admit(
  request: Request,
  { registry, client }: Pick<EventsResponseOptions, 'registry' | 'client'>,
): Response | { release: () => void } {
  if (!acceptsEventStream(request.headers.get('accept'))) {
    return refuse(406, 'This is a Server-Sent Events stream: send Accept: text/event-stream');
  }
  const slot = registry.admit(client);
  if ('refused' in slot) {
    const { status, error } = refusalAnswer(slot.refused);
    return refuse(status, error, { 'Retry-After': '30' });
  }
  return slot;
}

/** True when the client asks for an event stream, as EventSource always does. */
export function acceptsEventStream(accept: string | null): boolean {
  return (accept ?? '')
    .split(',')
    .some((range) => range.split(';')[0]?.trim().toLowerCase() === 'text/event-stream');
}

function refuse(status: number, error: string, headers: Record<string, string> = {}) {
  return Response.json({ error }, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}
