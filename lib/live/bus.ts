import { HEARTBEAT_FRAME } from './sse';

/**
 * Fan-out of encoded SSE frames to this process's listeners. With REDIS_URL, changes travel
 * between instances as Redis pub/sub messages (the change itself, announced by the script that
 * stored it, over ONE subscriber connection per process: lib/redis/connection.ts), and each
 * instance's service encodes the frame once and publishes it here (lib/now-playing/service.ts,
 * lib/alerts/service.ts, told by the Redis stores). Heartbeats and the stream's burst stay local: they keep this
 * process's sockets open and mean nothing to other instances.
 */
export type FrameListener = (frame: Uint8Array) => void;
export type NowPlayingBus = {
  publish(frame: Uint8Array): void;
  subscribe(listener: FrameListener): () => void;
};

export type InProcessBus = NowPlayingBus & { subscriberCount(): number };

export const HEARTBEAT_MS = 15_000;

type IntervalTimers = {
  setInterval: (callback: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
};

const nodeIntervals: IntervalTimers = {
  setInterval: (callback, ms) => setInterval(callback, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

/**
 * One heartbeat timer for all listeners, running only while there is at least one: the server
 * keeps no timers per connection, and none at all when nobody listens.
 */
export function createInProcessBus({
  heartbeatMs = HEARTBEAT_MS,
  timers = nodeIntervals,
}: { heartbeatMs?: number; timers?: IntervalTimers } = {}): InProcessBus {
  const listeners = new Set<FrameListener>();
  let heartbeat: unknown;

  function deliver(frame: Uint8Array) {
    for (const listener of listeners) {
      try {
        listener(frame);
      } catch {
        // One broken listener must not starve the rest; its stream cleans itself up.
      }
    }
  }

  return {
    publish: deliver,
    subscribe(listener) {
      listeners.add(listener);
      if (heartbeat === undefined) {
        heartbeat = timers.setInterval(() => deliver(HEARTBEAT_FRAME), heartbeatMs);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && heartbeat !== undefined) {
          timers.clearInterval(heartbeat);
          heartbeat = undefined;
        }
      };
    },
    subscriberCount: () => listeners.size,
  };
}
