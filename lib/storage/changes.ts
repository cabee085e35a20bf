/**
 * A store's change notices: what its service subscribes to, so one service works over either
 * store (SQLite tells of its own writes at once; Redis of everyone's, when announced).
 */
export type Changes<T> = {
  emit(value: T): void;
  /** Returns the unsubscribe. */
  subscribe(listener: (value: T) => void): () => void;
};

export function createChanges<T>(): Changes<T> {
  const listeners = new Set<(value: T) => void>();
  return {
    emit: (value) => listeners.forEach((listener) => listener(value)),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
