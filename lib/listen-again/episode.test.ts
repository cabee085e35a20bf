import { describe, expect, it } from 'vitest';
import type { Play } from '@/lib/live/events';
import {
  episodeId,
  isListedAt,
  jsonChapters,
  mergeSpans,
  parseEpisodeId,
  placeTracks,
  positionOf,
  recordingGaps,
  type EpisodeRecord,
} from './episode';
import { formatClock, formatLength } from './format';

const T = Date.parse('2026-12-03T23:00:00Z');
const at = (minutes: number) => new Date(T + minutes * 60_000).toISOString();
const record = (recorded: [number, number][], end = 120): EpisodeRecord => ({
  show: 'late-night-love-songs',
  id: episodeId(at(0)),
  start: at(0),
  end: at(end),
  recorded: recorded.map(([from, to]) => ({ from: at(from), to: at(to) })),
  durationS: recorded.reduce((sum, [from, to]) => sum + (to - from) * 60, 0),
  bytes: 1_000_000,
  madeAt: at(end + 1),
});
let id = 0;
const play = (minutes: number, title = `Track at ${minutes}`, extra: Partial<Play> = {}): Play => ({
  id: ++id,
  artist: 'Atlantic Starr',
  title,
  startedAt: at(minutes),
  source: 'push',
  ...extra,
});

describe('episode ids', () => {
  it('name the airing by its start in UTC, and read back', () => {
    expect(episodeId(at(0))).toBe('2026-12-03-2300-utc');
    expect(parseEpisodeId('2026-12-03-2300-utc')?.toISOString()).toBe(at(0));
  });

  it('are unambiguous across the clock change: the two 1:00am airings of 25 October differ', () => {
    // 01:00 BST is 00:00 UTC; 01:00 GMT an hour later.
    expect(episodeId('2026-10-25T00:00:00Z')).not.toBe(episodeId('2026-10-25T01:00:00Z'));
  });

  it.each([
    '2026-12-03-2300',
    '2026-13-03-2300-utc',
    '2026-02-30-2300-utc',
    '2026-12-03-2460-utc',
    '',
  ])('refuse %j', (text) => expect(parseEpisodeId(text)).toBeNull());
});

describe('isListedAt', () => {
  const end = at(120);
  it('lists an airing for its days after it ends, and not a moment longer', () => {
    expect(isListedAt(end, 7, Date.parse(end) + 7 * 86_400_000 - 1)).toBe(true);
    expect(isListedAt(end, 7, Date.parse(end) + 7 * 86_400_000)).toBe(false);
  });
  it('never lists a show with no listen again', () => {
    expect(isListedAt(end, 0, Date.parse(end))).toBe(false);
  });
});

describe('positions in the recording', () => {
  // Recorded from 10 to 50 minutes, then 60 to 120: a 10-minute gap.
  const gapped = record([
    [10, 50],
    [60, 120],
  ]);

  it('count only what was recorded before the instant', () => {
    expect(positionOf(gapped, Date.parse(at(10)))).toEqual({ seconds: 0, inGap: false });
    expect(positionOf(gapped, Date.parse(at(30)))).toEqual({ seconds: 1200, inGap: false });
    expect(positionOf(gapped, Date.parse(at(70)))).toEqual({ seconds: 3000, inGap: false });
  });

  it('put an instant in a gap where the audio resumes', () => {
    expect(positionOf(gapped, Date.parse(at(55)))).toEqual({ seconds: 2400, inGap: true });
    expect(positionOf(gapped, Date.parse(at(5)))).toEqual({ seconds: 0, inGap: true });
  });

  it('place each track, joining one that began in a gap and still played when it ended', () => {
    const tracks = placeTracks(gapped, [
      play(2, 'Before the recording, over by its start'),
      play(8, 'Playing when the recording began'),
      play(20, 'Recorded whole'),
      play(52, 'Entirely in the gap'),
      play(56, 'Playing when the audio came back'),
      play(65, 'Off air', { offAir: true, artist: '', title: '' }),
    ]);
    expect(tracks.map((track) => [track.play.title, track.at, track.joined])).toEqual([
      ['Before the recording, over by its start', null, false],
      ['Playing when the recording began', 0, true],
      ['Recorded whole', 600, false],
      ['Entirely in the gap', null, false],
      ['Playing when the audio came back', 2400, true],
    ]);
  });

  it('leave out tracks after the recording ended', () => {
    const short = record([[0, 60]]);
    const [track] = placeTracks(short, [play(90, 'After the end')]);
    expect(track).toMatchObject({ at: null, joined: false });
  });

  it('make JSON chapters of the placed tracks only', () => {
    const tracks = placeTracks(gapped, [
      play(1, 'Unheard'),
      play(2, 'Joined'),
      play(20, 'Secret Lovers'),
      play(75, 'Always', { artist: '' }),
    ]);
    expect(jsonChapters(tracks)).toEqual({
      version: '1.2.0',
      chapters: [
        { startTime: 0, title: 'Atlantic Starr — Joined' },
        { startTime: 600, title: 'Atlantic Starr — Secret Lovers' },
        { startTime: 3300, title: 'Always' },
      ],
    });
  });
});

describe('recordingGaps', () => {
  it('says nothing of a whole recording, give or take the segments at either end', () => {
    const whole = record([[0.1, 119.9]]);
    expect(recordingGaps(whole)).toEqual([]);
  });

  it('tells a late start, a gap and an early end', () => {
    const gaps = recordingGaps(
      record([
        [10, 50],
        [60, 100],
      ]),
    );
    expect(gaps.map((gap) => [gap.kind, gap.from.toISOString(), gap.to.toISOString()])).toEqual([
      ['late-start', at(0), at(10)],
      ['gap', at(50), at(60)],
      ['early-end', at(100), at(120)],
    ]);
  });
});

describe('mergeSpans', () => {
  it('joins audio within the tolerance, and keeps real gaps', () => {
    expect(
      mergeSpans([
        { from: 10_000, to: 20_000 },
        { from: 0, to: 10_000 },
        { from: 20_300, to: 30_000 },
        { from: 40_000, to: 50_000 },
      ]),
    ).toEqual([
      { from: 0, to: 30_000 },
      { from: 40_000, to: 50_000 },
    ]);
  });
});

describe('formatting', () => {
  it.each([
    [0, '0:00'],
    [65.9, '1:05'],
    [3_723, '1:02:03'],
  ])('formatClock(%d) is %s', (seconds, text) => expect(formatClock(seconds)).toBe(text));

  it.each([
    [1, '1 second'],
    [45, '45 seconds'],
    [60, '1 minute'],
    [7_140, '1 hour 59 minutes'],
    [7_200, '2 hours'],
  ])('formatLength(%d) is %s', (seconds, text) => expect(formatLength(seconds)).toBe(text));
});
