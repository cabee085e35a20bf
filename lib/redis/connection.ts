import 'server-only';
import { Redis, ReplyError, type RedisOptions } from 'ioredis';
import { StoreUnavailableError } from '@/lib/storage/store-unavailable';

/**
 * This process's two connections to Redis (REDIS_URL): one for commands, and ONE subscriber for
 * the changes every instance publishes. Neither queues commands while Redis is away: a command
 * then fails at once, so an ingest answers 503 instead of hanging, and readers are served the
 * last state this process knew. Both reconnect by themselves (at most a second apart); after
 * each reconnection the subscriber subscribes again, and once both are back `onConnected`
 * listeners are told, who catch up on what they missed. Every change of state is logged once,
 * not once per request.
 * @see ../../docs/architecture.md "Several instances"
 */
export type RedisLink = {
  commands: Redis;
  /** Every message on the changes channel, from any instance (this one included). */
  onMessage(listener: (message: string) => void): () => void;
  /** After each (re)connection, once subscribed: the moment to reload what may have been missed. */
  onConnected(listener: () => void): () => void;
  isUp(): boolean;
  /** Resolves true once connected and subscribed, or false after `timeoutMs`. */
  whenUp(timeoutMs: number): Promise<boolean>;
  close(): void;
};

/** Every key and channel of the site starts with this, so one Redis can hold other data too. */
export const KEY_PREFIX = 'oldham-reporter:';
export const key = (name: string) => `${KEY_PREFIX}${name}`;
export const CHANGES_CHANNEL = key('changes');

const options: RedisOptions = {
  // Fail commands at once while disconnected, and a command Redis does not answer within 1 s.
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  commandTimeout: 1_000,
  connectTimeout: 2_000,
  retryStrategy: (attempt) => Math.min(100 * attempt, 1_000),
  autoResubscribe: false,
  lazyConnect: true,
};

export function connectRedis(
  url: string,
  { log = (message: string) => console.warn(message) }: { log?: (message: string) => void } = {},
): RedisLink {
  const commands = new Redis(url, options);
  const subscriber = new Redis(url, { ...options, commandTimeout: undefined });
  const messageListeners = new Set<(message: string) => void>();
  const connectedListeners = new Set<() => void>();
  const where = describe(url);
  let subscribed = false;
  let state: 'starting' | 'up' | 'down' = 'starting';
  let lastError = '';
  let closed = false;

  const isUp = () => subscribed && commands.status === 'ready';
  function settle() {
    if (closed) return;
    const next = isUp() ? 'up' : state === 'starting' && !lastError ? 'starting' : 'down';
    if (next === state) return;
    const previous = state;
    state = next;
    if (next === 'up') {
      log(`[redis] ${previous === 'starting' ? 'connected to' : 'back:'} ${where}`);
      // Once both connections are back, whichever came back last: catching up needs commands
      // as much as it needs the subscription.
      for (const listener of connectedListeners) listener();
    } else {
      log(
        `[redis] cannot reach ${where}${lastError ? ` (${lastError})` : ''}: serving the last ` +
          'known state, and ingests answer 503 until it is back',
      );
    }
  }

  for (const client of [commands, subscriber]) {
    client.on('error', (error: Error) => {
      lastError = error.message;
      settle();
    });
    client.on('close', () => {
      if (client === subscriber) subscribed = false;
      settle();
    });
  }
  commands.on('ready', settle);
  subscriber.on('ready', () => {
    subscriber.subscribe(CHANGES_CHANNEL).then(
      () => {
        subscribed = true;
        settle();
      },
      (error: unknown) => {
        lastError = String(error);
        // A connection that cannot subscribe is no use: drop it, and the retry comes round.
        subscriber.disconnect(true);
      },
    );
  });
  subscriber.on('message', (_channel: string, message: string) => {
    for (const listener of messageListeners) listener(message);
  });
  for (const client of [commands, subscriber]) {
    // lazyConnect + connect(): the first failure is reported through 'error', then retried.
    client.connect().catch(() => {});
  }

  return {
    commands,
    onMessage(listener) {
      messageListeners.add(listener);
      return () => messageListeners.delete(listener);
    },
    onConnected(listener) {
      connectedListeners.add(listener);
      return () => connectedListeners.delete(listener);
    },
    isUp,
    whenUp(timeoutMs) {
      if (isUp()) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => done(false), timeoutMs);
        timer.unref?.();
        const stop = this.onConnected(() => done(true));
        function done(up: boolean) {
          clearTimeout(timer);
          stop();
          resolve(up);
        }
      });
    },
    close() {
      closed = true;
      commands.disconnect();
      subscriber.disconnect();
    },
  };
}

/** host:port for the logs: never the password a URL may carry. */
function describe(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.hostname}:${parsed.port || 6379}${parsed.pathname}`;
}

/**
 * Runs commands, turning a connection failure (closed, not writable, timed out) into
 * StoreUnavailableError. An error Redis itself answered (a bug in a script) stays what it is.
 */
export async function unlessUnavailable<T>(command: () => Promise<T>): Promise<T> {
  try {
    return await command();
  } catch (error) {
    if (error instanceof ReplyError) throw error;
    throw new StoreUnavailableError(error);
  }
}

/** A wait that never keeps the process alive by itself. */
export const pause = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.());

/**
 * Runs a catch-up (a reload after a reconnection) until it succeeds, as long as the link stays
 * up: on a busy server a command may time out while the connection is fine, and no reconnection
 * would come to run it again. True once it succeeded; false when the link went down, whose next
 * connection runs the catch-up anew.
 */
export async function retryWhileUp(
  link: Pick<RedisLink, 'isUp'>,
  task: () => Promise<void>,
  delayMs = 1_000,
): Promise<boolean> {
  for (;;) {
    try {
      await task();
      return true;
    } catch (error) {
      // Anything but an unreachable store (a script Redis refused) is not helped by trying again.
      if (!(error instanceof StoreUnavailableError)) {
        console.error('[redis] catching up failed', error);
        return false;
      }
      if (!link.isUp()) return false;
      await pause(delayMs);
      if (!link.isUp()) return false;
    }
  }
}
