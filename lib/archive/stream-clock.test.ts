import { describe, expect, it } from 'vitest';
import { createStreamClock } from './stream-clock';

describe('createStreamClock', () => {
  it('knows nothing before ffmpeg has written any audio', () => {
    const clock = createStreamClock();
    expect(clock.instantOf(0)).toBeNull();
    clock.observe(1_000, 0);
    expect(clock.instantOf(0)).toBeNull();
  });

  it('dates the stream from Icecast’s burst: the first seconds went out before we connected', () => {
    const clock = createStreamClock();
    const connected = 1_796_355_170_000;
    // Half a second in: 16.5 s of audio written (a 16 s burst, then real time).
    clock.observe(connected + 500, 16_500_000);
    expect(clock.instantOf(0)).toBe(connected - 16_000);
    expect(clock.instantOf(10.004898)).toBe(connected - 16_000 + 10_005);
  });

  it('tightens with later reports, never loosens: late arrivals are the network, not the air', () => {
    const clock = createStreamClock();
    clock.observe(10_000, 5_000_000); // anchor 5,000
    clock.observe(10_600, 5_400_000); // 5,200: arrived late
    expect(clock.instantOf(0)).toBe(5_000);
    clock.observe(11_000, 6_100_000); // 4,900: the truer figure
    expect(clock.instantOf(0)).toBe(4_900);
  });
});
