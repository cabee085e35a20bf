import { describe, expect, it } from 'vitest';
import {
  concatScript,
  cutArgs,
  parseProgressLine,
  parseSegmentListLine,
  recorderArgs,
  recorderCommand,
} from './ffmpeg';
import { coverSpan, segmentName, type Segment } from './segments';

const after = (args: string[], flag: string) => args[args.indexOf(flag) + 1];

describe('recorderArgs', () => {
  const args = recorderArgs({
    url: 'http://127.0.0.1:8000/live',
    incomingDir: '/data/archive/incoming',
    runId: 'r1',
  });
  it('reads the stream as a listener and copies its frames, never re-encoding', () => {
    expect(after(args, '-i')).toBe('http://127.0.0.1:8000/live');
    expect(after(args, '-c')).toBe('copy');
    expect(args).not.toContain('-c:a');
    expect(args).not.toContain('-re');
  });
  it('cuts 10 s segments of bare frames, listed on fd 3 and progress on stdout', () => {
    expect(after(args, '-f')).toBe('segment');
    expect(after(args, '-segment_time')).toBe('10');
    expect(after(args, '-segment_format_options')).toBe('write_xing=0:id3v2_version=0');
    expect(after(args, '-segment_list')).toBe('pipe:3');
    expect(after(args, '-segment_list_type')).toBe('csv');
    expect(after(args, '-progress')).toBe('pipe:1');
    expect(args.at(-1)).toBe('/data/archive/incoming/r1-%06d.mp3');
  });
  it('gives up on a connection that stalls for 10 s', () => {
    expect(after(args, '-rw_timeout')).toBe('10000000');
    expect(args.indexOf('-rw_timeout')).toBeLessThan(args.indexOf('-i'));
  });
});

describe('recorderCommand', () => {
  it('ties ffmpeg’s life to the server’s where setpriv is there, and runs it plainly where not', () => {
    expect(recorderCommand(['-i', 'x'], '/usr/bin/setpriv')).toEqual([
      '/usr/bin/setpriv',
      ['--pdeathsig', 'TERM', '--', 'ffmpeg', '-i', 'x'],
    ]);
    expect(recorderCommand(['-i', 'x'], null)).toEqual(['ffmpeg', ['-i', 'x']]);
  });
});

describe('what ffmpeg reports', () => {
  it('reads the segment list’s CSV lines', () => {
    expect(parseSegmentListLine('r1-000001.mp3,10.004898,20.009796\n')).toEqual({
      file: 'r1-000001.mp3',
      startS: 10.004898,
      endS: 20.009796,
    });
    expect(parseSegmentListLine('"r1-000000.mp3",0.000000,10.004898')?.file).toBe('r1-000000.mp3');
    expect(parseSegmentListLine('')).toBeNull();
    expect(parseSegmentListLine('r1-000002.mp3,20,20')).toBeNull();
  });
  it('reads how far the output has reached', () => {
    expect(parseProgressLine('out_time_us=16875102')).toBe(16_875_102);
    expect(parseProgressLine('out_time_ms=16875102')).toBeNull();
    expect(parseProgressLine('out_time_us=N/A')).toBeNull();
  });
});

describe('a cut', () => {
  const T0 = Date.parse('2026-12-04T20:00:00Z');
  const seg = (s: number): Segment => ({
    start: T0 + s * 1000,
    durationMs: 10_000,
    bytes: 1,
    name: segmentName(T0 + s * 1000, 10_000, 1, 'mp3'),
  });
  it('concatenates the pieces, trimmed at both ends, from absolute file: paths', () => {
    const { pieces } = coverSpan([seg(0), seg(10), seg(20)], T0 + 3_500, T0 + 24_000);
    expect(concatScript(pieces, () => "/data/it's")).toBe(
      [
        'ffconcat version 1.0',
        "file 'file:/data/it'\\''s/20261204T200000.000Z_10000_1.mp3'",
        'inpoint 3.500',
        "file 'file:/data/it'\\''s/20261204T200010.000Z_10000_1.mp3'",
        "file 'file:/data/it'\\''s/20261204T200020.000Z_10000_1.mp3'",
        'outpoint 4.000',
        '',
      ].join('\n'),
    );
  });
  it('copies the frames to stdout as MP3, reading the script from stdin', () => {
    const args = cutArgs();
    expect(after(args, '-i')).toBe('pipe:0');
    expect(after(args, '-c')).toBe('copy');
    expect(args.at(-1)).toBe('pipe:1');
  });
});
