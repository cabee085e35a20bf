/**
 * autocannon ships no types (and there is no @types/autocannon here): the part of its API that
 * scripts/bench/server-cpu.ts uses, as its README describes it. The promise form: called without a
 * callback, it resolves with the run's result.
 */
declare module 'autocannon' {
  namespace autocannon {
    type Options = {
      url: string;
      /** Concurrent connections (10). */
      connections?: number;
      /** Seconds to run (10). */
      duration?: number;
      /** Seconds before a request counts as timed out (10). */
      timeout?: number;
      headers?: Record<string, string>;
    };
    type Result = {
      /** Requests per second (average) and in all (total). */
      requests: { average: number; total: number };
      /** Milliseconds. */
      latency: { p50: number; p99: number };
      /** Bytes per second; total: bytes in all. */
      throughput: { total: number };
      /** Connection errors, timeouts included. */
      errors: number;
      /** Responses outside 2xx. */
      non2xx: number;
    };
  }
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
  export = autocannon;
}
