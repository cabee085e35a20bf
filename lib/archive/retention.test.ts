import { describe, expect, it } from 'vitest';
import { DAY_MS, decideRetention } from './retention';
import { segmentName, type Segment } from './segments';

const NOW = Date.parse('2026-12-04T12:00:00Z');
const HOUR = 3_600_000;
/** A 10 s segment of `bytes` that started `ago` ms before NOW. */
const seg = (ago: number, bytes = 100): Segment => ({
  start: NOW - ago,
  durationMs: 10_000,
  bytes,
  name: segmentName(NOW - ago, 10_000, bytes, 'mp3'),
});
const starts = (segments: Segment[]) => segments.map((s) => (NOW - s.start) / HOUR);

describe('decideRetention', () => {
  it('deletes audio older than its days, on time, and keeps the rest', () => {
    const segments = [seg(43 * DAY_MS), seg(42 * DAY_MS + 10_000), seg(42 * DAY_MS), seg(HOUR)];
    const decision = decideRetention(segments, NOW, { days: 42, maxBytes: null });
    // The one that ended exactly 42 days ago goes; the one ending 10 s inside the 42 days stays.
    expect(decision.expired).toEqual([segments[0], segments[1]]);
    expect(decision.overCap).toEqual([]);
    expect(decision.keptBytes).toBe(200);
    expect(decision.oldestKept).toBe(NOW - 42 * DAY_MS);
    expect(decision.warning).toBeNull();
  });

  it('keeps everything younger than its days while under the cap', () => {
    const decision = decideRetention([seg(30 * DAY_MS), seg(HOUR)], NOW, {
      days: 42,
      maxBytes: 1_000,
    });
    expect(decision.expired).toEqual([]);
    expect(decision.overCap).toEqual([]);
    expect(decision.warning).toBeNull();
  });

  it('over the cap, deletes the oldest first until under it, and warns', () => {
    const segments = [seg(3 * HOUR), seg(30 * HOUR), seg(50 * HOUR), seg(40 * HOUR), seg(HOUR)];
    const decision = decideRetention(segments, NOW, { days: 42, maxBytes: 300 });
    expect(starts(decision.overCap)).toEqual([50, 40]);
    expect(decision.keptBytes).toBe(300);
    expect(decision.oldestKept).toBe(NOW - 30 * HOUR);
    expect(decision.warning).toMatch(
      /deleted audio younger than 42 days.*2026-12-03T06:00:00\.000Z/,
    );
  });

  it('counts the episodes against the cap: the log gives way to them, oldest first', () => {
    const segments = [seg(3 * HOUR), seg(30 * HOUR), seg(50 * HOUR), seg(40 * HOUR), seg(HOUR)];
    // 500 bytes of log and 150 of episodes under a cap of 450: 200 of the log's oldest go.
    const decision = decideRetention(segments, NOW, { days: 42, maxBytes: 450 }, 150);
    expect(starts(decision.overCap)).toEqual([50, 40]);
    expect(decision.keptBytes).toBe(300);
    // Without the episodes, the same cap deletes only the oldest.
    expect(starts(decideRetention(segments, NOW, { days: 42, maxBytes: 450 }).overCap)).toEqual([
      50,
    ]);
  });

  it('says so when the last 24 hours and the episodes together are over the cap', () => {
    const decision = decideRetention([seg(HOUR)], NOW, { days: 42, maxBytes: 150 }, 100);
    expect(decision.overCap).toEqual([]);
    expect(decision.warning).toMatch(
      /last 24 hours \(0\.00 GB\) with the episodes \(0\.00 GB\) are over the disk cap/,
    );
  });

  it('never deletes the last 24 hours for the cap, and says the cap is too small', () => {
    const segments = [seg(30 * HOUR), seg(23 * HOUR), seg(10 * HOUR), seg(HOUR)];
    const decision = decideRetention(segments, NOW, { days: 42, maxBytes: 150 });
    expect(starts(decision.overCap)).toEqual([30]);
    expect(decision.keptBytes).toBe(300);
    expect(decision.warning).toMatch(/last 24 hours .* are over the disk cap/);
  });

  it('keeps a segment that reaches into the last 24 hours', () => {
    const straddling = seg(DAY_MS + 5_000); // ended 5 s inside the last day
    const decision = decideRetention([straddling], NOW, { days: 42, maxBytes: 0 });
    expect(decision.overCap).toEqual([]);
  });

  it('takes age before the cap: expired audio does not count against it', () => {
    const decision = decideRetention([seg(50 * DAY_MS, 1_000), seg(HOUR)], NOW, {
      days: 42,
      maxBytes: 500,
    });
    expect(decision.expired).toHaveLength(1);
    expect(decision.overCap).toEqual([]);
    expect(decision.warning).toBeNull();
  });
});
