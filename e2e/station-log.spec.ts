import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { NOW_PLAYING_TOKEN, ports } from './support/env';
import { probeDuration, startOwnStation } from './support/own-station';
import { clockStartingAt, startSiteServer, type SiteServer } from './support/site-server';
import { dayFolder, parseSegmentName, segmentName } from '../lib/archive/segments';
import * as station from '../servers/station/station';
import { waitFor } from '../servers/wait';

/**
 * The station log against the real thing: a station of its own (Icecast 2 fed by ffmpeg,
 * servers/station), a site of its own recording it into a DATA_DIR of its own, and ffprobe
 * measuring what `/api/archive` answers. The source is dropped and brought back, so the station
 * is this spec's alone; a second site whose clock runs 50 days ahead (libfaketime) sweeps the
 * same folder for retention.
 */
test.describe.configure({ mode: 'serial' });

const STATION_PORT = ports.icecast + 150;
const password = randomBytes(12).toString('hex');
let stationProcess: ChildProcess;
let site: SiteServer;
let laterSite: SiteServer | undefined;
let newSource: ChildProcess | undefined;
let recordingFrom: number;

const auth = { authorization: `Bearer ${NOW_PLAYING_TOKEN}` };
const iso = (ms: number) => new Date(ms).toISOString();
const archiveUrl = (base: string, from: number | string, to: number | string) =>
  `${base}/api/archive?from=${typeof from === 'number' ? iso(from) : from}&to=${typeof to === 'number' ? iso(to) : to}`;

type ArchiveHealth = {
  recorder: string;
  recording: boolean;
  gapSince: string | null;
  recordedUntil: string | null;
  bytesToday: number;
  storedBytes: number;
  lastSweep: string | null;
};
async function archiveHealth(base = site.url): Promise<ArchiveHealth> {
  const response = await fetch(`${base}/api/health`, { headers: auth });
  return ((await response.json()) as { archive: ArchiveHealth }).archive;
}

/** The segments on disk: the index itself (health is asked sparingly: it shares the ingest's rate limit). */
function segmentsOnDisk(dataDir = site.dataDir) {
  const archive = path.join(dataDir, 'archive');
  return readdirSync(archive)
    .filter((name) => /^\d{4}-\d\d-\d\d$/.test(name))
    .flatMap((day) => readdirSync(path.join(archive, day)).map((name) => parseSegmentName(name)!));
}
const recordedUntil = async () =>
  Math.max(0, ...segmentsOnDisk().map((segment) => segment.start + segment.durationMs));
const SPARINGLY = { intervals: [2_500] };

test.beforeAll(async () => {
  test.setTimeout(120_000);
  stationProcess = await startOwnStation(STATION_PORT, password, 'station-log');
  site = await startSiteServer(ports.site + 150, {
    ...station.stationEnv(STATION_PORT),
    ARCHIVE_RECORD: 'on',
  });
  recordingFrom = Date.now();
});

test.afterAll(async () => {
  await site?.stop();
  await laterSite?.stop();
  newSource?.kill('SIGTERM');
  stationProcess?.stdin?.end(); // the station stops, and stops what it started, when its input closes
});

test('answers staff with the token only, and refuses a range it cannot answer', async () => {
  const now = Date.now();
  const noToken = await fetch(archiveUrl(site.url, now - 60_000, now));
  expect(noToken.status).toBe(401);
  const fiveHours = await fetch(archiveUrl(site.url, now - 5 * 3_600_000, now), { headers: auth });
  expect(fiveHours.status).toBe(400);
  expect((await fiveHours.json()).error).toMatch(/over 4 hours/);
  const noOffset = await fetch(archiveUrl(site.url, '2026-12-04T20:00:00', '2026-12-04T20:30:00'), {
    headers: auth,
  });
  expect(noOffset.status).toBe(400);
  const backwards = await fetch(archiveUrl(site.url, now, now - 60_000), { headers: auth });
  expect(backwards.status).toBe(400);
  // Before this station was on air: nothing recorded.
  const before = await fetch(archiveUrl(site.url, now - 3_600_000, now - 3_000_000), {
    headers: auth,
  });
  expect(before.status).toBe(404);
  expect((await before.json()).error).toMatch(/^Nothing was recorded between/);
});

test('a 30-second cut of what went out is 30 seconds long, as a download named in UK time', async () => {
  test.setTimeout(120_000);
  const from = recordingFrom;
  const to = from + 30_000;
  // About 45 s of recording: segments close every 10 s, so the span is on disk by then.
  await expect.poll(recordedUntil, { timeout: 90_000, intervals: [1_000] }).toBeGreaterThan(to);
  expect(await archiveHealth()).toMatchObject({ recorder: 'on', recording: true, gapSince: null });
  expect((await archiveHealth()).bytesToday).toBeGreaterThan(30 * 16_000);

  const response = await fetch(archiveUrl(site.url, from, to), { headers: auth });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('audio/mpeg');
  expect(response.headers.get('content-disposition')).toMatch(
    /^attachment; filename="station-log_\d{4}-\d\d-\d\d_\d{4}-\d\d_to_(\d{4}-\d\d-\d\d_)?\d{4}-\d\d_(GMT|BST)\.mp3"$/,
  );
  expect(response.headers.get('x-archive-gaps')).toBeNull();
  const duration = await probeDuration(await response.arrayBuffer());
  console.log(`[station-log] a 30 s cut: ffprobe says ${duration.toFixed(3)} s`);
  expect(duration).toBeGreaterThan(29);
  expect(duration).toBeLessThan(31);
});

test('a dropped source leaves a gap: the cut across it is shorter by the gap, and says where it is', async () => {
  test.setTimeout(120_000);
  await station.admin(STATION_PORT, password, 'killsource');
  const droppedAt = Date.now();
  await expect
    .poll(async () => (await archiveHealth()).recording, { timeout: 15_000, ...SPARINGLY })
    .toBe(false);
  const gapSince = Date.parse((await archiveHealth()).gapSince ?? '');
  expect(Math.abs(gapSince - droppedAt)).toBeLessThan(3_000);

  // Off air for a while; then a new source, as the station's encoder reconnecting.
  await new Promise((resolve) => setTimeout(resolve, 6_000));
  newSource = station.startSource(STATION_PORT, password);
  await waitFor('the new source', async () =>
    ['untitled', 'track'].includes((await station.readMount(STATION_PORT)).status),
  );
  const backAt = Date.now();
  await expect
    .poll(recordedUntil, { timeout: 60_000, intervals: [1_000] })
    .toBeGreaterThan(backAt + 5_000);
  expect((await archiveHealth()).gapSince).toBeNull();

  const [from, to] = [droppedAt - 10_000, backAt + 5_000];
  const head = await fetch(archiveUrl(site.url, from, to), { method: 'HEAD', headers: auth });
  expect(head.status).toBe(200);
  const gaps = (head.headers.get('x-archive-gaps') ?? '').split(', ').filter(Boolean);
  expect(gaps).toHaveLength(1);
  const [gapFrom, gapTo] = gaps[0]!.split('/').map(Date.parse) as [number, number];
  const gapMs = gapTo - gapFrom;
  const offAirMs = backAt - droppedAt;
  console.log(`[station-log] off air ${offAirMs} ms; the index's gap ${gapMs} ms: ${gaps[0]}`);
  expect(Math.abs(gapFrom - droppedAt)).toBeLessThan(3_000);
  expect(Math.abs(gapMs - offAirMs)).toBeLessThan(3_000);

  const response = await fetch(archiveUrl(site.url, from, to), { headers: auth });
  const recorded = Number(response.headers.get('x-archive-recorded-seconds'));
  const duration = await probeDuration(await response.arrayBuffer());
  console.log(
    `[station-log] a ${(to - from) / 1000} s span across the gap: ${duration.toFixed(3)} s`,
  );
  expect(Math.abs(recorded - (to - from - gapMs) / 1000)).toBeLessThan(0.5);
  expect(Math.abs(duration - recorded)).toBeLessThan(1);
});

test('retention deletes audio older than its days, by a server whose clock is 50 days on', async () => {
  test.setTimeout(90_000);
  await site.stop();
  const archive = path.join(site.dataDir, 'archive');
  const recorded = segmentsOnDisk();
  expect(recorded.length).toBeGreaterThan(4);

  // 50 days on, one of today's segments is planted as if recorded two days before then: it stays.
  const later = Date.now() + 50 * 86_400_000;
  const sample = recorded[0]!;
  const keptStart = later - 2 * 86_400_000;
  const kept = segmentName(keptStart, sample.durationMs, sample.bytes, 'mp3');
  mkdirSync(path.join(archive, dayFolder(keptStart)), { recursive: true });
  copyFileSync(
    path.join(archive, dayFolder(sample.start), sample.name),
    path.join(archive, dayFolder(keptStart), kept),
  );

  const clock = iso(later).slice(0, 19).replace('T', ' ');
  laterSite = await startSiteServer(ports.site + 151, {
    ...clockStartingAt(clock),
    DATA_DIR: site.dataDir,
    ARCHIVE_DAYS: '42',
  });
  const swept = laterSite.url;
  await expect
    .poll(async () => (await archiveHealth(swept)).lastSweep, { timeout: 30_000, ...SPARINGLY })
    .not.toBeNull();
  expect(await archiveHealth(swept)).toMatchObject({ recorder: 'off', storedBytes: sample.bytes });
  const left = readdirSync(archive).filter((name) => name !== 'incoming');
  expect(left).toEqual([dayFolder(keptStart)]);
  expect(readdirSync(path.join(archive, dayFolder(keptStart)))).toEqual([kept]);

  const gone = await fetch(archiveUrl(swept, recordingFrom, recordingFrom + 30_000), {
    headers: auth,
  });
  expect(gone.status).toBe(404);
  const stays = await fetch(archiveUrl(swept, keptStart, keptStart + 5_000), {
    method: 'HEAD',
    headers: auth,
  });
  expect(stays.status).toBe(200);
});
