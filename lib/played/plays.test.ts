import { describe, expect, it } from 'vitest';
import type { NowPlaying } from '@/lib/now-playing/track';
import { parseSchedule } from '@/lib/schedule/schema';
import scheduleJson from '../../content/schedule.json';
import { MAX_SPAN_MS, parsePlaysRange, RANGE_ERROR, toPlayJson, withShows } from './plays';

const schedule = parseSchedule(scheduleJson, 'content/schedule.json');
const play = (id: number, startedAt: string): NowPlaying => ({
  id,
  artist: 'Atlantic Starr',
  title: 'Secret Lovers',
  startedAt,
  source: 'push',
});
const range = (query: string) => parsePlaysRange(new URLSearchParams(query));

describe('withShows', () => {
  it('names the show each play was in, across midnight', () => {
    const from = new Date('2026-12-03T21:00:00Z');
    const to = new Date('2026-12-04T02:00:00Z');
    const plays = [
      play(1, '2026-12-03T22:59:00Z'),
      play(2, '2026-12-03T23:05:00Z'), // Late Night Love Songs, 11pm–1am
      play(3, '2026-12-04T00:55:00Z'),
      play(4, '2026-12-04T01:00:00Z'),
    ];
    const shows = withShows(schedule, plays, from, to).map((p) => p.show?.id);
    expect(shows[1]).toBe('late-night-love-songs');
    expect(shows[2]).toBe('late-night-love-songs');
    expect(shows[0]).not.toBe('late-night-love-songs');
    expect(shows[3]).not.toBe('late-night-love-songs');
    expect(shows.every(Boolean)).toBe(true);
  });
});

describe('parsePlaysRange', () => {
  it('takes a span of up to 24 hours between two instants with offsets', () => {
    expect(range('from=2026-12-03T00:00:00Z&to=2026-12-04T00:00:00Z')).toEqual({
      from: new Date('2026-12-03T00:00:00Z'),
      to: new Date('2026-12-04T00:00:00Z'),
    });
    // An unencoded '+' arrives as a space.
    expect(range('from=2026-12-03T20:00:00+00:00&to=2026-12-03T21:00:00%2B00:00')).toEqual({
      from: new Date('2026-12-03T20:00:00Z'),
      to: new Date('2026-12-03T21:00:00Z'),
    });
  });
  it('refuses a span over 24 hours, backwards, empty, or without both ends', () => {
    const over = range('from=2026-12-03T00:00:00Z&to=2026-12-04T01:00:00Z');
    expect(over).toEqual({ error: expect.stringContaining('over 24 hours') });
    expect(MAX_SPAN_MS).toBe(86_400_000);
    for (const query of [
      'from=2026-12-03T02:00:00Z&to=2026-12-03T01:00:00Z',
      'from=2026-12-03T02:00:00Z&to=2026-12-03T02:00:00Z',
      'from=2026-12-03T02:00:00Z',
      'to=2026-12-03T02:00:00Z',
      'from=2026-12-03&to=2026-12-04',
      'from=yesterday&to=today',
      '',
    ]) {
      expect(range(query), query).toEqual({ error: RANGE_ERROR });
    }
  });
});

describe('toPlayJson', () => {
  it('gives times in London’s offset and the show with its page', () => {
    const [withShow] = withShows(
      schedule,
      [play(7, '2026-06-12T22:05:00Z')],
      new Date('2026-06-12T22:00:00Z'),
      new Date('2026-06-12T23:00:00Z'),
    );
    expect(toPlayJson(withShow!)).toEqual({
      id: 7,
      artist: 'Atlantic Starr',
      title: 'Secret Lovers',
      startedAt: '2026-06-12T23:05:00+01:00',
      show: expect.objectContaining({
        id: 'late-night-love-songs',
        name: 'Late Night Love Songs',
        url: '/shows/late-night-love-songs',
      }),
    });
  });
});
