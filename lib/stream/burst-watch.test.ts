import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StreamBurst } from './burst';
import { startBurstWatch } from './burst-watch';

const burst = (burstSeconds: number): StreamBurst => ({ burstSeconds, bytesPerSecond: 16_000 });

describe('startBurstWatch', () => {
  afterEach(() => vi.useRealTimers());

  it('tells players the most of the last hour, and only when it changes', async () => {
    vi.useFakeTimers();
    const answers = [burst(2.5), burst(16.4), burst(16.4), null, burst(8)];
    const changes: number[] = [];
    const watch = startBurstWatch({
      url: 'http://127.0.0.1:1/live',
      measure: async () => answers.shift() ?? null,
      onChange: (change) => changes.push(change.burstSeconds),
      everyMs: 1000,
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(watch.current()?.burstSeconds).toBe(2.5);
    await vi.advanceTimersByTimeAsync(4000);
    expect(watch.current()?.burstSeconds).toBe(16.4);
    expect(changes).toEqual([2.5, 16.4]);
    watch.stop();
  });

  it('tries again within a minute, not ten, while a first listen could not measure it', async () => {
    vi.useFakeTimers();
    const answers = [null, null, burst(16.4)];
    let listens = 0;
    const watch = startBurstWatch({
      url: 'http://127.0.0.1:1/live',
      measure: async () => {
        listens += 1;
        return answers.shift() ?? null;
      },
      onChange: () => {},
    });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(listens).toBe(3);
    expect(watch.current()?.burstSeconds).toBe(16.4);
    // Known: the next listen is the ten-minute one.
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(listens).toBe(3);
    watch.stop();
  });
});
