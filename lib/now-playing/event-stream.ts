import type { NowPlayingBus } from './bus';
import { concatBytes } from './read-limited';
import { encodeSseEvent, encodeSseRetry, NOW_PLAYING_EVENT, SSE_RETRY_MS } from './sse';
import type { NowPlaying } from './track';

/**
 * The body of `GET /api/now-playing/events`: one ReadableStream per listener, fed from the bus.
 * @see ../../../shared/notes/toolchain.md "Next.js 16" (SSE behind `next start`)
 */

export const SSE_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  // no-transform: keeps `next start`'s gzip (and other proxies) from buffering the stream.
  'Cache-Control': 'no-cache, no-transform',
  'X-Accel-Buffering': 'no',
  Connection: 'keep-alive',
} as const;

const RETRY_FRAME = encodeSseRetry(SSE_RETRY_MS);

/** The SSE frame for one change: built once, then shared by every listener. */
export function encodeNowPlayingFrame(play: NowPlaying): Uint8Array {
  return encodeSseEvent({ event: NOW_PLAYING_EVENT, id: play.id, data: JSON.stringify(play) });
}

type EventStreamOptions = {
  bus: NowPlayingBus;
  /** The current state, sent at once; null when nothing has played yet. */
  initial: Uint8Array | null;
  signal: AbortSignal;
  /** Frames a slow reader may fall behind before we close it (it reconnects, and catches up). */
  maxBacklog?: number;
};

export function createEventStream({
  bus,
  initial,
  signal,
  maxBacklog = 64,
}: EventStreamOptions): ReadableStream<Uint8Array> {
  let finish = () => {};
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        let done = false;
        const onAbort = () => finish();
        const unsubscribe = bus.subscribe((frame) => {
          if ((controller.desiredSize ?? 0) < -maxBacklog) finish();
          else controller.enqueue(frame);
        });
        finish = () => {
          if (done) return;
          done = true;
          unsubscribe();
          signal.removeEventListener('abort', onAbort);
          try {
            controller.close();
          } catch {
            // Already closed or cancelled by the reader.
          }
        };
        signal.addEventListener('abort', onAbort, { once: true });
        // Retry and current state in one chunk: the client is up to date after its first read.
        controller.enqueue(initial ? concatBytes([RETRY_FRAME, initial]) : RETRY_FRAME);
        if (signal.aborted) finish();
      },
      cancel() {
        finish();
      },
    },
    new CountQueuingStrategy({ highWaterMark: 8 }),
  );
}

export type EventsResponseOptions = Omit<EventStreamOptions, 'signal'> & {
  subscriberCount: () => number;
  maxListeners?: number;
};

/**
 * Every (re)connection gets the current state at once, whatever its Last-Event-ID: the page
 * needs only the latest track, and a play's artwork may have been filled in under the same id.
 */
export function createEventsResponse(
  request: Request,
  { subscriberCount, maxListeners = 10_000, ...options }: EventsResponseOptions,
): Response {
  if (subscriberCount() >= maxListeners) {
    return new Response('Too many listeners\n', {
      status: 503,
      headers: { 'Retry-After': '30', 'Cache-Control': 'no-store' },
    });
  }
  return new Response(createEventStream({ ...options, signal: request.signal }), {
    headers: SSE_HEADERS,
  });
}
