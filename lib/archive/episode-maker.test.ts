import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSchedule } from '@/lib/schedule/schema';
import { dayFolder, segmentName } from './segments';
import { episodeFiles, readEpisodeRecords } from './episode-files';
import { startEpisodeMaker, sweepEpisodes } from './episode-maker';

/**
 * The episode maker on real files: segments made by ffmpeg (bare MP3 frames, as the recorder
 * writes), an airing of a one-show schedule, and the maker's clock passed in.
 */
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// A one-show week: every day 00:00–12:00 and 12:00–00:00, so airings end at noon and midnight.
const schedule = parseSchedule({
  shows: [
    { id: 'test-show', name: 'Test Show', presenters: [], description: 'A test.' },
    {
      id: 'no-rights',
      name: 'No Rights',
      presenters: [],
      description: 'Never on demand.',
      listenAgainDays: 0,
    },
  ],
  slots: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].flatMap((day) => [
    { day, start: '00:00', end: '12:00', show: 'no-rights' },
    { day, start: '12:00', end: '00:00', show: 'test-show' },
  ]),
});
// Thursday 3 December 2026, 12:00 GMT to midnight: Test Show.
const START = Date.parse('2026-12-03T12:00:00Z');
const END = Date.parse('2026-12-04T00:00:00Z');

/** A 10 s segment of bare frames, stored as the recorder stores one, starting at `start`. */
function storeSegment(dir: string, start: number) {
  const tmp = path.join(dir, 'tmp.mp3');
  execFileSync('ffmpeg', [
    ...['-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=10'],
    ...['-c:a', 'libmp3lame', '-b:a', '64k', '-write_xing', '0', '-id3v2_version', '0', tmp],
  ]);
  const name = segmentName(start, 10_000, statSync(tmp).size, 'mp3');
  mkdirSync(path.join(dir, dayFolder(start)), { recursive: true });
  renameSync(tmp, path.join(dir, dayFolder(start), name));
}

describe('the episode maker', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'episode-maker-'));
  dirs.push(dir);
  // The last 30 s of the airing, with a 10 s gap: 20 s recorded.
  storeSegment(dir, END - 30_000);
  storeSegment(dir, END - 10_000);
  const files = episodeFiles(dir, 'test-show', '2026-12-03-1200-utc');
  let now = END + 3_000;
  let recordedUntil: number | null = END - 5_000;
  const made: string[] = [];
  const maker = startEpisodeMaker({
    dir,
    schedule,
    stationDays: 7,
    stationName: 'Test Radio',
    recordedUntil: () => recordedUntil,
    onMade: (record) => made.push(record.id),
    now: () => now,
    log: () => {},
  });
  afterAll(() => maker.stop());

  it('waits while the audio of the airing’s end is still to come', async () => {
    await maker.tick();
    expect(made).toEqual([]);
  });

  it('makes the episode once the recorder is past the end: its gaps, and ffprobe’s length', async () => {
    recordedUntil = END + 4_000;
    now = END + 12_000;
    await maker.tick();
    expect(made).toEqual(['2026-12-03-1200-utc']);
    const [record] = await readEpisodeRecords(dir, 'test-show');
    expect(record).toMatchObject({
      start: new Date(START).toISOString(),
      end: new Date(END).toISOString(),
      recorded: [
        { from: new Date(END - 30_000).toISOString(), to: new Date(END - 20_000).toISOString() },
        { from: new Date(END - 10_000).toISOString(), to: new Date(END).toISOString() },
      ],
      bytes: statSync(files.audio).size,
    });
    expect(record!.durationS).toBeGreaterThan(19.5);
    expect(record!.durationS).toBeLessThan(20.5);
  });

  it('makes it once, and nothing for a show with no listen again', async () => {
    now = END + 60_000;
    await maker.tick();
    expect(made).toEqual(['2026-12-03-1200-utc']);
    expect(readdirSync(path.join(dir, 'episodes'))).toEqual(['test-show']);
  });

  it('deletes the episode when its days are over, and not before', async () => {
    // It answers with the bytes of the episodes it keeps: they count against the disk cap.
    const { size } = statSync(files.audio);
    expect(await sweepEpisodes(dir, schedule, 7, END + 7 * 86_400_000 - 1_000)).toBe(size);
    expect(readdirSync(path.dirname(files.audio)).sort()).toHaveLength(2);
    expect(await sweepEpisodes(dir, schedule, 7, END + 7 * 86_400_000)).toBe(0);
    expect(readdirSync(path.dirname(files.audio))).toEqual([]);
    // The station log's segments are the sweeper's, on its own days.
    expect(readdirSync(path.join(dir, dayFolder(END - 30_000)))).toHaveLength(2);
  });
});

describe('an airing nothing of which was recorded', () => {
  it('makes no episode, 45 s after its end', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'episode-maker-'));
    dirs.push(dir);
    const maker = startEpisodeMaker({
      dir,
      schedule,
      stationDays: 7,
      stationName: 'Test Radio',
      recordedUntil: () => null,
      now: () => END + 50_000,
      log: () => {},
    });
    await maker.tick();
    maker.stop();
    expect(readdirSync(dir)).toEqual([]);
  });
});
