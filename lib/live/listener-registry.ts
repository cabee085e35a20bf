import { createRateLimiter } from '@/lib/http/rate-limit';

/**
 * Who holds the event streams open: a cap for all of them (memory) and one per client address,
 * so a single host cannot take every slot and shut everybody else out. A household or an office
 * behind one address still fits comfortably under the per-client cap.
 */
export type Refusal = 'full' | 'client-full' | 'too-often';
export type ListenerRegistry = {
  /** A release function for the new stream, or why it is refused. */
  admit(client: string): { release: () => void } | { refused: Refusal };
  count(): number;
  countFor(client: string): number;
  /** Ends every stream (graceful shutdown): each one's `onClose` runs and releases itself. */
  closeAll(): void;
  /** Registers how to end one stream, for closeAll; returns the undo. */
  track(close: () => void): () => void;
};

export const MAX_LISTENERS = 10_000;
export const MAX_LISTENERS_PER_CLIENT = 32;
/**
 * New streams per client address: a burst of CONNECT_BURST, refilled at 60 a minute. A page
 * reconnects every ten minutes or after a drop, with backoff, so a household or an office fits
 * easily; one client reconnecting in a loop with an old Last-Event-ID drew 22 MB/s of replays
 * before this.
 */
export const CONNECT_BURST = 120;
export const CONNECTS_PER_CLIENT_PER_MINUTE = 60;

/** How a refused stream is answered, on both live endpoints. */
export function refusalAnswer(refused: Refusal) {
  return refused === 'full'
    ? { status: 503, error: 'Too many listeners' }
    : refused === 'client-full'
      ? { status: 429, error: 'Too many streams from this address' }
      : { status: 429, error: 'Too many new streams from this address: wait a little' };
}

export function createListenerRegistry({
  maxTotal = MAX_LISTENERS,
  maxPerClient = MAX_LISTENERS_PER_CLIENT,
  connectBurst = CONNECT_BURST,
  connectsPerMinute = CONNECTS_PER_CLIENT_PER_MINUTE,
}: {
  maxTotal?: number;
  maxPerClient?: number;
  connectBurst?: number;
  connectsPerMinute?: number;
} = {}): ListenerRegistry {
  const connects = createRateLimiter({ capacity: connectBurst, perMinute: connectsPerMinute });
  const perClient = new Map<string, number>();
  const closers = new Set<() => void>();
  let total = 0;

  return {
    admit(client) {
      if (total >= maxTotal) return { refused: 'full' };
      const held = perClient.get(client) ?? 0;
      if (held >= maxPerClient) return { refused: 'client-full' };
      if (!connects.take(client).ok) return { refused: 'too-often' };
      total++;
      perClient.set(client, held + 1);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          total--;
          const left = (perClient.get(client) ?? 1) - 1;
          if (left > 0) perClient.set(client, left);
          else perClient.delete(client);
        },
      };
    },
    count: () => total,
    countFor: (client) => perClient.get(client) ?? 0,
    closeAll() {
      for (const close of [...closers]) close();
    },
    track(close) {
      closers.add(close);
      return () => closers.delete(close);
    },
  };
}
