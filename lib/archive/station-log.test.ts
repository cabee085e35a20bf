import { describe, expect, it } from 'vitest';
import { formatGaps, parseArchiveRange, stationLogFileName } from './station-log';

const range = (query: string) => parseArchiveRange(new URLSearchParams(query));

describe('parseArchiveRange', () => {
  it('takes a span of up to 4 hours between two instants with offsets', () => {
    expect(range('from=2026-12-04T20:00:00Z&to=2026-12-05T00:00:00%2B00:00')).toEqual({
      from: new Date('2026-12-04T20:00:00Z'),
      to: new Date('2026-12-05T00:00:00Z'),
    });
    expect(range('from=2026-07-04T20:00:00+01:00&to=2026-07-04T20:00:30+01:00')).toEqual({
      from: new Date('2026-07-04T19:00:00Z'),
      to: new Date('2026-07-04T19:00:30Z'),
    });
  });
  it('refuses over 4 hours, backwards, missing, or not ISO with an offset', () => {
    expect(range('from=2026-12-04T20:00:00Z&to=2026-12-05T01:00:00Z')).toEqual({
      error: expect.stringMatching(/^The span from 'from' to 'to' is over 4 hours\./),
    });
    for (const query of [
      'from=2026-12-04T20:00:00Z&to=2026-12-05T00:00:00.001Z',
      'from=2026-12-04T21:00:00Z&to=2026-12-04T20:00:00Z',
      'from=2026-12-04T21:00:00Z&to=2026-12-04T21:00:00Z',
      'from=2026-12-04T21:00:00Z',
      'to=2026-12-04T21:00:00Z',
      'from=2026-12-04T20:00:00&to=2026-12-04T21:00:00',
      'from=2026-12-04&to=2026-12-05',
      'from=last%20night&to=now',
    ]) {
      expect(range(query), query).toEqual({ error: expect.stringContaining('at most 4 hours') });
    }
  });
});

describe('stationLogFileName', () => {
  it('names the span in UK time', () => {
    expect(
      stationLogFileName(new Date('2026-12-04T20:15:00Z'), new Date('2026-12-04T20:45:30Z')),
    ).toBe('station-log_2026-12-04_2015-00_to_2045-30_GMT.mp3');
    expect(
      stationLogFileName(new Date('2026-07-04T19:00:00Z'), new Date('2026-07-04T19:30:00Z')),
    ).toBe('station-log_2026-07-04_2000-00_to_2030-00_BST.mp3');
  });
  it('gives the end its date past midnight, and each end its zone across a clock change', () => {
    expect(
      stationLogFileName(new Date('2026-12-04T23:30:00Z'), new Date('2026-12-05T01:00:00Z')),
    ).toBe('station-log_2026-12-04_2330-00_to_2026-12-05_0100-00_GMT.mp3');
    // 25 October 2026: 01:59 BST, then 01:00 GMT.
    expect(
      stationLogFileName(new Date('2026-10-25T00:30:00Z'), new Date('2026-10-25T01:30:00Z')),
    ).toBe('station-log_2026-10-25_0130-00_BST_to_0130-00_GMT.mp3');
  });
});

describe('formatGaps', () => {
  it('writes ISO 8601 intervals', () => {
    const from = Date.parse('2026-12-04T20:10:05.120Z');
    expect(formatGaps([{ from, to: from + 9_750 }])).toEqual([
      '2026-12-04T20:10:05.120Z/2026-12-04T20:10:14.870Z',
    ]);
  });
});
