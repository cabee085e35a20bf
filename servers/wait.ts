import { setTimeout as sleep } from 'node:timers/promises';

export { sleep };

/** Resolves once `check` says yes (a throw is a no), polling every 50 ms; throws past the time. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}
