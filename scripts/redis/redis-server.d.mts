// Types for redis-server.mjs.
export declare const REDIS_SERVER: string;
export declare function freePort(): Promise<number>;

export interface TestRedis {
  port: number;
  /** redis://127.0.0.1:<port> */
  url: string;
  pid(): number | undefined;
  output(): string;
  /** SIGTERM (it writes its data first); its files stay for start(). */
  halt(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same port with the same files. */
  start(): Promise<void>;
  restart(): Promise<void>;
  /** Stops it and removes its files. */
  stop(): Promise<void>;
}

export declare function startRedisServer(options?: {
  port?: number;
  /** Append-only file on (default): a restart keeps the data. */
  persist?: boolean;
}): Promise<TestRedis>;
