/**
 * Who holds the event streams open: a cap for all of them (memory) and one per client address,
 * so a single host cannot take every slot and shut everybody else out. A household or an office
 * behind one address still fits comfortably under the per-client cap.
 */
export type Refusal = 'full' | 'client-full';
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

export function createListenerRegistry({
  maxTotal = MAX_LISTENERS,
  maxPerClient = MAX_LISTENERS_PER_CLIENT,
}: { maxTotal?: number; maxPerClient?: number } = {}): ListenerRegistry {
  const perClient = new Map<string, number>();
  const closers = new Set<() => void>();
  let total = 0;

  return {
    admit(client) {
      if (total >= maxTotal) return { refused: 'full' };
      const held = perClient.get(client) ?? 0;
      if (held >= maxPerClient) return { refused: 'client-full' };
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
