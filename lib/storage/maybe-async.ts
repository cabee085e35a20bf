/**
 * A store's answer: at once (SQLite, memory) or later (Redis). Code that serves both keeps the
 * synchronous path synchronous.
 */
export type MaybeAsync<T> = T | Promise<T>;

/** Runs `next` on a value now, or once it arrives. */
export function thenMaybe<T, U>(
  value: MaybeAsync<T>,
  next: (value: T) => MaybeAsync<U>,
): MaybeAsync<U> {
  return value instanceof Promise ? value.then(next) : next(value);
}
