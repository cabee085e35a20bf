import { describe, expect, it } from 'vitest';
import {
  dayStanding,
  groupByHour,
  hourLabel,
  londonDayBounds,
  parseLondonDate,
  playAtTime,
  playedAtPath,
  withReceived,
} from './day';

const play = (id: number, startedAt: string) => ({ id, startedAt });

describe('parseLondonDate', () => {
  it('takes real calendar dates only', () => {
    expect(parseLondonDate('2026-12-04')).toBe('2026-12-04');
    expect(parseLondonDate('2028-02-29')).toBe('2028-02-29');
    for (const bad of ['2026-02-29', '2026-13-01', '2026-12-4', '20261204', '', 'today']) {
      expect(parseLondonDate(bad), bad).toBeNull();
    }
  });
});

describe('londonDayBounds', () => {
  it('runs from midnight to midnight in London: 24 hours, 23 in spring, 25 in autumn', () => {
    const hours = (date: string) => {
      const { from, to } = londonDayBounds(date);
      return (+to - +from) / 3_600_000;
    };
    expect(londonDayBounds('2026-06-01').from.toISOString()).toBe('2026-05-31T23:00:00.000Z');
    expect(londonDayBounds('2026-12-04').from.toISOString()).toBe('2026-12-04T00:00:00.000Z');
    expect(hours('2026-12-04')).toBe(24);
    expect(hours('2026-03-29')).toBe(23);
    expect(hours('2026-10-25')).toBe(25);
  });
});

describe('dayStanding', () => {
  const now = new Date('2026-12-04T00:30:00Z');
  it('keeps today whatever the history, and no day after it', () => {
    expect(dayStanding('2026-12-04', now, null)).toBe('kept');
    expect(dayStanding('2026-12-05', now, '2026-11-01T10:00:00Z')).toBe('future');
  });
  it('keeps the days from the one the oldest play kept started on (UK date)', () => {
    // 23:30 UTC on 31 October is 23:30 GMT: the history begins on the 31st.
    const first = '2026-10-31T23:30:00Z';
    expect(dayStanding('2026-10-31', now, first)).toBe('kept');
    expect(dayStanding('2026-10-30', now, first)).toBe('before-history');
    expect(dayStanding('2026-12-03', now, null)).toBe('before-history');
    // 23:30 UTC on 30 June is 00:30 BST on 1 July.
    expect(dayStanding('2026-06-30', now, '2026-06-30T23:30:00Z')).toBe('before-history');
  });
});

describe('groupByHour', () => {
  it('groups a day’s plays by the hour of London’s clock', () => {
    const hours = groupByHour('2026-12-03', [
      play(1, '2026-12-03T00:10:00Z'),
      play(2, '2026-12-03T20:05:00Z'),
      play(3, '2026-12-03T20:59:59Z'),
      play(4, '2026-12-03T23:30:00Z'),
    ]);
    expect(hours.map(({ id, label, plays }) => [id, label, plays.map((p) => p.id)])).toEqual([
      ['h-00', '12am', [1]],
      ['h-20', '8pm', [2, 3]],
      ['h-23', '11pm', [4]],
    ]);
  });

  it('names the zone of each hour on the night the clocks go back, when 1am happens twice', () => {
    const hours = groupByHour('2026-10-25', [
      play(1, '2026-10-24T23:10:00Z'), // 00:10 BST
      play(2, '2026-10-25T00:30:00Z'), // 01:30 BST
      play(3, '2026-10-25T01:30:00Z'), // 01:30 GMT
      play(4, '2026-10-25T02:00:00Z'), // 02:00 GMT
    ]);
    expect(hours.map(({ id, label }) => [id, label])).toEqual([
      ['h-00-bst', '12am BST'],
      ['h-01-bst', '1am BST'],
      ['h-01-gmt', '1am GMT'],
      ['h-02-gmt', '2am GMT'],
    ]);
  });

  it('skips the hour that never happens when the clocks go forward', () => {
    const hours = groupByHour('2026-03-29', [
      play(1, '2026-03-29T00:59:00Z'), // 00:59 GMT
      play(2, '2026-03-29T01:00:00Z'), // 02:00 BST
    ]);
    expect(hours.map(({ label }) => label)).toEqual(['12am GMT', '2am BST']);
  });

  it('has nothing to group on a day with no plays', () => {
    expect(groupByHour('2026-12-03', [])).toEqual([]);
  });
});

describe('hourLabel', () => {
  it('writes the hour as the site writes times', () => {
    expect([0, 1, 11, 12, 13, 23].map(hourLabel)).toEqual([
      '12am',
      '1am',
      '11am',
      '12pm',
      '1pm',
      '11pm',
    ]);
  });
});

describe('playAtTime', () => {
  const plays = [
    play(1, '2026-12-03T20:02:00Z'),
    play(2, '2026-12-03T20:13:30Z'),
    play(3, '2026-12-03T20:17:00Z'),
  ];
  it('finds the song that was on at that time: the last to start by then', () => {
    expect(playAtTime('2026-12-03', plays, '20:15')?.id).toBe(2);
    expect(playAtTime('2026-12-03', plays, '20:17')?.id).toBe(3);
    expect(playAtTime('2026-12-03', plays, '23:59')?.id).toBe(3);
  });
  it('gives the first play for a time before it, and nothing for no plays or no time', () => {
    expect(playAtTime('2026-12-03', plays, '06:00')?.id).toBe(1);
    expect(playAtTime('2026-12-03', [], '20:15')).toBeUndefined();
    expect(playAtTime('2026-12-03', plays, '24:00')).toBeUndefined();
    expect(playAtTime('2026-12-03', plays, '8:15')).toBeUndefined();
  });
  it('reads a time that happens twice as its first occurrence (BST), as the schedule does', () => {
    const night = [play(1, '2026-10-25T00:20:00Z'), play(2, '2026-10-25T01:20:00Z')];
    expect(playAtTime('2026-10-25', night, '01:30')?.id).toBe(1);
  });
});

describe('playedAtPath', () => {
  it('links the UK day and hour of an instant, with the zone on a clock-change day', () => {
    expect(playedAtPath(new Date('2026-12-03T23:05:00Z'))).toBe('/played/2026-12-03#h-23');
    // 23:05 BST on 24 October, then 00:30 BST on the 25th, when the clocks go back.
    expect(playedAtPath(new Date('2026-10-24T22:05:00Z'))).toBe('/played/2026-10-24#h-23');
    expect(playedAtPath(new Date('2026-10-24T23:30:00Z'))).toBe('/played/2026-10-25#h-00-bst');
  });
});

describe('withReceived', () => {
  const airings = [
    {
      showId: 'late-night-love-songs',
      show: 'Late Night Love Songs',
      start: '2026-12-03T23:00:00Z',
      end: '2026-12-04T01:00:00Z',
    },
    {
      showId: 'overnight-oldham',
      show: 'Overnight Oldham',
      start: '2026-12-04T01:00:00Z',
      end: '2026-12-04T06:00:00Z',
    },
  ];
  const track = (id: number, startedAt: string, extra = {}) => ({
    id,
    artist: 'A',
    title: `T${id}`,
    startedAt,
    source: 'push' as const,
    ...extra,
  });
  const cached = [
    { ...track(1, '2026-12-04T00:10:00Z'), show: { id: 'late-night-love-songs', name: 'LNLS' } },
  ];

  it('adds the day’s new tracks in their shows, in time order, and leaves the rest out', () => {
    const plays = withReceived(
      '2026-12-04',
      cached,
      [
        track(5, '2026-12-04T01:20:00Z'),
        track(4, '2026-12-04T01:10:00Z', { offAir: true, title: '' }),
        track(3, '2026-12-03T23:50:00Z'), // yesterday, back-filled
        track(2, '2026-12-04T00:40:00Z'),
      ],
      airings,
    );
    expect(plays.map((play) => [play.id, play.show?.id])).toEqual([
      [1, 'late-night-love-songs'],
      [2, 'late-night-love-songs'],
      [5, 'overnight-oldham'],
    ]);
  });

  it('takes a play sent again (its artwork filled in) over the cached copy, keeping its show', () => {
    const artwork = 'https://example.org/a.jpg';
    const [play] = withReceived(
      '2026-12-04',
      cached,
      [track(1, '2026-12-04T00:10:00Z', { artwork, revision: 1 })],
      airings,
    );
    expect(play).toMatchObject({ id: 1, artwork, show: { name: 'LNLS' } });
  });
});
