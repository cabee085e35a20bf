import { describe, expect, it } from 'vitest';
import { airingAt, onAirFromList, type AiringView } from './airing-view';

const airing = (showId: string, start: string, end: string): AiringView => ({
  showId,
  show: showId,
  start,
  end,
});
const run = [
  airing('warm-up', '2026-12-04T21:00:00Z', '2026-12-04T23:00:00Z'),
  airing('love-songs', '2026-12-04T23:00:00Z', '2026-12-05T01:00:00Z'),
  airing('overnight', '2026-12-05T01:00:00Z', '2026-12-05T07:00:00Z'),
];

describe('onAirFromList', () => {
  it('finds the airing on at an instant and the one after it', () => {
    expect(onAirFromList(run, Date.parse('2026-12-04T22:59:59.999Z'))).toEqual({
      now: run[0],
      next: run[1],
    });
    // A boundary belongs to the show that starts there.
    expect(onAirFromList(run, Date.parse('2026-12-04T23:00:00Z'))?.now).toBe(run[1]);
    expect(onAirFromList(run, Date.parse('2026-12-05T00:00:00Z'))?.now).toBe(run[1]);
  });

  it('is null before the run, after it, and for its last airing (nothing known after it)', () => {
    expect(onAirFromList(run, Date.parse('2026-12-04T20:59:59Z'))).toBeNull();
    expect(onAirFromList(run, Date.parse('2026-12-05T02:00:00Z'))).toBeNull();
    expect(onAirFromList(run, Date.parse('2026-12-05T07:00:00Z'))).toBeNull();
    expect(onAirFromList([], Date.now())).toBeNull();
  });
});

describe('airingAt', () => {
  it('is the airing on, until its end; between airings, the next one, until its start', () => {
    const gappy = [run[0]!, airing('late', '2026-12-05T02:00:00Z', '2026-12-05T04:00:00Z')];
    expect(airingAt(gappy, Date.parse('2026-12-04T22:00:00Z'))).toEqual({
      airing: gappy[0],
      onAir: true,
      changesAt: Date.parse('2026-12-04T23:00:00Z'),
    });
    // Its end is no longer on it: the next airing, not yet on, changes at its start.
    expect(airingAt(gappy, Date.parse('2026-12-04T23:00:00Z'))).toEqual({
      airing: gappy[1],
      onAir: false,
      changesAt: Date.parse('2026-12-05T02:00:00Z'),
    });
    expect(airingAt(gappy, Date.parse('2026-12-05T02:00:00Z')).onAir).toBe(true);
  });

  it('is no airing, changing never, once the last has ended or when there are none', () => {
    const over = { airing: undefined, onAir: false, changesAt: null };
    expect(airingAt(run, Date.parse('2026-12-05T07:00:00Z'))).toEqual(over);
    expect(airingAt([], 0)).toEqual(over);
  });
});
