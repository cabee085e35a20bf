import { describe, expect, it } from 'vitest';
import { coverSpan, dayFoldersFor, parseSegmentName, segmentName, type Segment } from './segments';

const T0 = Date.parse('2026-12-04T20:00:00.000Z');
const seg = (startS: number, durationS = 10): Segment => {
  const start = T0 + startS * 1000;
  const name = segmentName(start, durationS * 1000, 160_000, 'mp3');
  return { start, durationMs: durationS * 1000, bytes: 160_000, name };
};
const at = (s: number) => T0 + s * 1000;

describe('segment names', () => {
  it('say exactly when the audio went out, how long and how big, and read back', () => {
    const name = segmentName(Date.parse('2026-12-04T03:32:10.123Z'), 10_004.9, 160_078, 'mp3');
    expect(name).toBe('20261204T033210.123Z_10005_160078.mp3');
    expect(parseSegmentName(name)).toEqual({
      start: Date.parse('2026-12-04T03:32:10.123Z'),
      durationMs: 10_005,
      bytes: 160_078,
      name,
    });
  });
  it('leave anything else in a folder alone', () => {
    for (const other of ['notes.txt', '20261204T033210Z_1_2.mp3', 'run-000001.mp3', '.tmp']) {
      expect(parseSegmentName(other), other).toBeNull();
    }
  });
  it('are found by UTC day, with the day before when a segment may reach over midnight', () => {
    const from = Date.parse('2026-12-04T00:00:30Z');
    expect(dayFoldersFor(from, Date.parse('2026-12-04T02:00:00Z'))).toEqual([
      '2026-12-03',
      '2026-12-04',
    ]);
    expect(
      dayFoldersFor(Date.parse('2026-12-04T22:00:00Z'), Date.parse('2026-12-05T01:00:00Z')),
    ).toEqual(['2026-12-04', '2026-12-05']);
  });
});

describe('coverSpan', () => {
  it('trims the first and last segments to the span', () => {
    const { pieces, gaps, recordedMs } = coverSpan(
      [seg(0), seg(10), seg(20), seg(30)],
      at(5),
      at(35),
    );
    expect(pieces.map((p) => [p.segment.start, p.inMs, p.outMs])).toEqual([
      [at(0), 5_000, 10_000],
      [at(10), 0, 10_000],
      [at(20), 0, 10_000],
      [at(30), 0, 5_000],
    ]);
    expect(gaps).toEqual([]);
    expect(recordedMs).toBe(30_000);
  });

  it('finds where nothing was recorded: before, between and after the segments', () => {
    const { pieces, gaps, recordedMs } = coverSpan([seg(40), seg(10), seg(20)], at(0), at(60));
    expect(pieces.map((p) => p.segment.start)).toEqual([at(10), at(20), at(40)]);
    expect(gaps).toEqual([
      { from: at(0), to: at(10) },
      { from: at(30), to: at(40) },
      { from: at(50), to: at(60) },
    ]);
    expect(recordedMs).toBe(30_000);
  });

  it('is all gap where nothing was recorded', () => {
    expect(coverSpan([seg(0)], at(100), at(130))).toEqual({
      pieces: [],
      gaps: [{ from: at(100), to: at(130) }],
      recordedMs: 0,
    });
  });

  it('uses re-sent audio once: a restart’s burst overlapping the run before', () => {
    // The second run's first segment repeats 6 s the first run already had.
    const { pieces, gaps, recordedMs } = coverSpan(
      [seg(0), seg(10), seg(14), seg(24)],
      at(0),
      at(34),
    );
    expect(pieces.map((p) => [p.segment.start, p.inMs, p.outMs])).toEqual([
      [at(0), 0, 10_000],
      [at(10), 0, 10_000],
      [at(14), 6_000, 10_000],
      [at(24), 0, 10_000],
    ]);
    expect(gaps).toEqual([]);
    expect(recordedMs).toBe(34_000);
  });

  it('skips a segment wholly inside audio already covered (two recorders at a handover)', () => {
    const { pieces } = coverSpan([seg(0, 30), seg(10), seg(30)], at(0), at(40));
    expect(pieces.map((p) => p.segment.start)).toEqual([at(0), at(30)]);
  });

  it('treats a few hundred milliseconds between segments as continuous, not a gap', () => {
    const { gaps, pieces } = coverSpan([seg(0), seg(10.3), seg(20.3)], at(0), at(30.3));
    expect(gaps).toEqual([]);
    expect(pieces).toHaveLength(3);
  });
});
