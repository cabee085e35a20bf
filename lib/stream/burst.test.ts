import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { burstFromArrivals, measureBurst, type Arrival } from './burst';

/** A stream of `rate` bytes/s after `burst` bytes at once, as chunks every 100 ms. */
function arrivals(burst: number, rate: number, seconds: number): Arrival[] {
  const list: Arrival[] = [{ at: 0, total: burst }];
  for (let at = 100; at <= seconds * 1000; at += 100) {
    list.push({ at, total: burst + (rate * at) / 1000 });
  }
  return list;
}

describe('burstFromArrivals', () => {
  it('is what arrived beyond the steady rate, in seconds of that rate', () => {
    expect(burstFromArrivals(arrivals(262_144, 16_000, 8))).toEqual({
      burstSeconds: 16.4,
      bytesPerSecond: 16_000,
    });
    expect(burstFromArrivals(arrivals(0, 16_000, 8))?.burstSeconds).toBe(0);
  });

  it('does not mind the burst arriving over the first seconds of a slow link', () => {
    const slow: Arrival[] = [];
    for (let at = 0; at <= 8000; at += 100) {
      // 64 KiB/s until the 128 KiB burst is through (2 s), then the stream's 16 kB/s.
      const total = at <= 2000 ? (131_072 * at) / 2000 + (16_000 * at) / 1000 : 131_072 + 16 * at;
      slow.push({ at, total });
    }
    expect(burstFromArrivals(slow)?.burstSeconds).toBe(8.2);
  });

  it('says nothing about a listen too short, or a stream that did not flow', () => {
    expect(burstFromArrivals([])).toBeNull();
    expect(burstFromArrivals(arrivals(262_144, 16_000, 1.5))).toBeNull();
    expect(
      burstFromArrivals([
        { at: 0, total: 1000 },
        { at: 8000, total: 1000 },
      ]),
    ).toBeNull();
  });
});

describe('measureBurst', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  it('listens to a real HTTP stream and finds its burst', async () => {
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'audio/mpeg' });
      const started = performance.now();
      let sent = 32_000; // 2 s at 16 kB/s at once
      response.write(Buffer.alloc(sent));
      // Then 16 kB/s by the clock, not by the tick: on a busy machine a timer fires late, and a
      // source that sent less for it would look like a longer burst.
      const timer = setInterval(() => {
        const owed = 32_000 + Math.floor(16 * (performance.now() - started)) - sent;
        if (owed <= 0) return;
        response.write(Buffer.alloc(owed));
        sent += owed;
      }, 100);
      response.on('close', () => clearInterval(timer));
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const burst = await measureBurst(`http://127.0.0.1:${port}/live`, { listenMs: 3_000 });
    expect(burst?.burstSeconds).toBeGreaterThan(1.5);
    expect(burst?.burstSeconds).toBeLessThan(2.5);
    expect(burst?.bytesPerSecond).toBeGreaterThan(14_000);
    expect(burst?.bytesPerSecond).toBeLessThan(18_000);
  });

  it('is null for a stream that is not there', async () => {
    server = createServer((_request, response) => response.writeHead(404).end());
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    expect(await measureBurst(`http://127.0.0.1:${port}/live`, { listenMs: 3_000 })).toBeNull();
  });
});
