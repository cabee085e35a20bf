import { expect } from '@playwright/test';

/**
 * Checks a token bucket of `capacity` that refills one every `refillMs` (lib/http/rate-limit.ts)
 * without depending on how fast this machine serves: sends ten at a time until the first 429,
 * then expects that no more got through than the bucket held plus what the elapsed time
 * refilled. Were each request counted as a new client, no 429 would ever come.
 */
export async function expectRefusedOnceEmptied(
  send: (i: number) => Promise<number>,
  {
    capacity = 30,
    refillMs = 2_000,
    allowed = [401],
  }: { capacity?: number; refillMs?: number; allowed?: number[] } = {},
) {
  const statuses: number[] = [];
  const started = Date.now();
  while (!statuses.includes(429) && statuses.length < capacity * 10) {
    const from = statuses.length;
    statuses.push(...(await Promise.all(Array.from({ length: 10 }, (_, i) => send(from + i)))));
  }
  const refilled = Math.ceil((Date.now() - started) / refillMs);
  expect(statuses).toContain(429);
  const through = statuses.filter((status) => status !== 429);
  expect(through.length).toBeLessThanOrEqual(capacity + refilled);
  expect(through.filter((status) => !allowed.includes(status))).toEqual([]);
}
