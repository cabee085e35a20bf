import { describe, expect, it } from 'vitest';
import { createStreamClock } from './stream-clock';

const CONNECTED = 1_796_355_170_000;

describe('createStreamClock', () => {
  it('knows nothing before ffmpeg has written any audio', () => {
    const clock = createStreamClock();
    clock.observe(CONNECTED, 0);
    expect(clock.instantOf(0)).toBeNull();
  });

  it('dates the stream from Icecast’s burst: the first seconds went out before we connected', () => {
    const clock = createStreamClock();
    // As measured: ffmpeg's first report comes before the burst (26 ms written), then a 16 s
    // burst arrives at once, then the stream in real time.
    clock.observe(CONNECTED, 26_122);
    expect(clock.instantOf(0)).toBeNull();
    clock.observe(CONNECTED + 510, 16_875_102);
    expect(clock.instantOf(0), 'still in the burst').toBeNull();
    clock.observe(CONNECTED + 1_035, 17_371_429);
    expect(clock.instantOf(0)).toBe(CONNECTED + 510 - 16_875);
    expect(clock.instantOf(10.004898)).toBe(CONNECTED + 510 - 16_875 + 10_005);
  });

  it('tightens with later reports, never loosens: late arrivals are the network, not the air', () => {
    const clock = createStreamClock();
    clock.observe(10_000, 5_000_000); // anchor 5,000
    clock.observe(10_500, 5_300_000); // 5,200: arrived late
    expect(clock.instantOf(0)).toBe(5_000);
    clock.observe(11_000, 6_100_000); // 4,900: the truer figure
    expect(clock.instantOf(0)).toBe(4_900);
  });
});
