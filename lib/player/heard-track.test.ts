import { describe, expect, it } from 'vitest';
import { delaySample, heardPlay, settledDelayMs, type AudioClock } from './heard-track';

const clock = (currentTime: number, ends: number[]): AudioClock => ({
  currentTime,
  buffered: { length: ends.length, end: (index) => ends[index]! },
});

describe('delaySample', () => {
  it('is the burst plus the time since connecting, less the audio played', () => {
    // Connected 10 s ago with a 16.4 s burst; 9.6 s played (0.4 s to start): 16.8 s behind.
    expect(delaySample(clock(9.6, [11.9]), { sinceConnectS: 10, burstSeconds: 16.4 })).toBeCloseTo(
      16.8,
    );
    // A stall of 3 s puts the listener 3 s further behind.
    expect(delaySample(clock(6.6, [8.9]), { sinceConnectS: 10, burstSeconds: 16.4 })).toBeCloseTo(
      19.8,
    );
  });

  it('without the burst, is at least what the element has read ahead', () => {
    expect(delaySample(clock(3, [5.3]), { sinceConnectS: 3.4, burstSeconds: null })).toBeCloseTo(
      2.3,
    );
    expect(delaySample(clock(30, [10, 47]), { sinceConnectS: 31, burstSeconds: null })).toBe(17);
  });

  it('is null when nothing says the audio is behind, or the clocks make no sense', () => {
    expect(delaySample(clock(0, []), { sinceConnectS: 0, burstSeconds: null })).toBeNull();
    expect(delaySample(clock(12, [10]), { sinceConnectS: 11, burstSeconds: null })).toBeNull();
    expect(delaySample(clock(Number.NaN, [10]), { sinceConnectS: 1, burstSeconds: 16 })).toBeNull();
    expect(delaySample(clock(1, [Infinity]), { sinceConnectS: 1, burstSeconds: null })).toBeNull();
  });
});

describe('settledDelayMs', () => {
  it('is the median of the last five samples, in quarter seconds', () => {
    expect(settledDelayMs([16.4])).toBe(16_500);
    expect(settledDelayMs([16.1, 16.2, 30, 16.3, 0.5])).toBe(16_250);
    expect(settledDelayMs([99, 99, 99, 16, 16, 16, 17, 17])).toBe(16_000);
    expect(settledDelayMs([16, 17])).toBe(16_500);
  });

  it('ignores samples no player could have, and has nothing to say without samples', () => {
    expect(settledDelayMs([])).toBeNull();
    expect(settledDelayMs([-1, 500])).toBeNull();
    expect(settledDelayMs([-1, 500, 12])).toBe(12_000);
  });
});

describe('heardPlay', () => {
  // Newest first, as the live channel keeps them.
  const plays = [
    { id: 3, receivedAt: 100_000 },
    { id: 2, receivedAt: 60_000 },
    { id: 1, receivedAt: 10_000 },
  ];

  it('is the play on air the delay ago, and says when the next one will be heard', () => {
    expect(heardPlay(plays, 16_000, 110_000)).toEqual({ play: plays[1], changesAt: 116_000 });
    expect(heardPlay(plays, 16_000, 116_000)).toEqual({ play: plays[0], changesAt: null });
    expect(heardPlay(plays, 16_000, 75_999)).toEqual({ play: plays[2], changesAt: 76_000 });
  });

  it('with no delay, is the newest', () => {
    expect(heardPlay(plays, 0, 100_000).play).toBe(plays[0]);
  });

  it('before the oldest play was on air for the delay, is the oldest: it was on at connect', () => {
    expect(heardPlay(plays, 16_000, 12_000)).toEqual({ play: plays[2], changesAt: 76_000 });
    expect(heardPlay([{ id: 1, receivedAt: 10_000 }], 16_000, 12_000)).toEqual({
      play: { id: 1, receivedAt: 10_000 },
      changesAt: null,
    });
  });

  it('has nothing to say about no plays', () => {
    expect(heardPlay([], 16_000, 12_000)).toEqual({ play: undefined, changesAt: null });
  });
});
