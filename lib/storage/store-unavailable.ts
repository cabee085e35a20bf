/**
 * Thrown by a shared store when it cannot be reached (Redis restarting or unreachable): the
 * request that wanted to write gets a 503 with Retry-After, never a silent loss.
 */
export class StoreUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`store unavailable: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'StoreUnavailableError';
  }
}

/** Seconds a client is asked to wait: Redis reconnects within about a second once it is back. */
export const RETRY_AFTER_UNAVAILABLE_S = 5;

/**
 * By name, not `instanceof`: Next loads instrumentation (which creates the stores) and each route
 * as separate module instances, so the route's class is not the one the store threw.
 */
export const isStoreUnavailable = (error: unknown): boolean =>
  error instanceof Error && error.name === 'StoreUnavailableError';
