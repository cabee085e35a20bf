import { describe, expect, it } from 'vitest';
import { findCurrentAiring } from './current-airing';

const run = {
  starts: ['2026-12-04T21:00:00.000Z', '2026-12-04T23:00:00.000Z', '2026-12-05T01:00:00.000Z'],
  end: '2026-12-05T07:00:00.000Z',
};
const at = (iso: string) => findCurrentAiring(run, Date.parse(iso));

describe('findCurrentAiring', () => {
  it('names the airing on air and the instant it ends', () => {
    expect(at('2026-12-04T23:30:00Z')).toEqual({
      current: '2026-12-04T23:00:00.000Z',
      changesAt: Date.parse('2026-12-05T01:00:00Z'),
    });
  });

  it('moves to the next airing exactly at its start', () => {
    expect(at('2026-12-04T22:59:59.999Z').current).toBe('2026-12-04T21:00:00.000Z');
    expect(at('2026-12-04T23:00:00Z').current).toBe('2026-12-04T23:00:00.000Z');
  });

  it('has nothing on air before the run, and wakes at its first start', () => {
    expect(at('2026-12-01T12:00:00Z')).toEqual({
      current: null,
      changesAt: Date.parse('2026-12-04T21:00:00Z'),
    });
  });

  it('has nothing on air once the run is over, and never wakes again', () => {
    expect(at('2026-12-05T07:00:00Z')).toEqual({ current: null, changesAt: null });
    expect(findCurrentAiring({ starts: [], end: run.end }, 0)).toEqual({
      current: null,
      changesAt: Date.parse(run.end),
    });
  });
});
