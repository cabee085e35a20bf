import { execFile, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { wcagViolations } from './support/axe';
import { NOW_PLAYING_TOKEN, ports } from './support/env';
import { probeAudio, probeDuration, startOwnStation } from './support/own-station';
import { clockStartingAt, startSiteServer, type SiteServer } from './support/site-server';
import { station as stationSettings } from '../lib/config';
import { episodeId } from '../lib/listen-again/episode';
import { showListenAgainDays } from '../lib/listen-again/listed';
import { schedule } from '../lib/schedule/load';
import { listOccurrences, type Occurrence } from '../lib/schedule/resolve';
import * as station from '../servers/station/station';

/**
 * Listen again against the real thing: a station of its own (Icecast 2 fed by ffmpeg, its titles
 * changing every 20 s and followed by the site's Icecast poller), and sites recording it whose
 * clocks (libfaketime) start shortly before a show ends, a few days from now. As the show ends,
 * its airing becomes an episode: listed on the show's page, played in the dock from a track,
 * through a navigation, in the show's podcast, its audio served in ranges. A show with
 * `listenAgainDays: 0` ends on a second site at the same time: no episode, while the station
 * log keeps its audio. A third site, a week and a day on, deletes the episode on time.
 */
test.describe.configure({ mode: 'serial' });

const STATION_PORT = ports.icecast + 160;
const password = randomBytes(12).toString('hex');
const auth = { authorization: `Bearer ${NOW_PLAYING_TOKEN}` };
/** How long before its end each site's clock starts: a few tracks, and the recorder settling. */
const BEFORE_END_MS = 50_000;
let stationProcess: ChildProcess;
let site: SiteServer;
let noListenSite: SiteServer;
let laterSite: SiteServer | undefined;
/** The airing that ends on `site`, and when (real time) it does. */
let airing: Occurrence;
let endsAt: number;
let noListenAiring: Occurrence;
let noListenEndsAt: number;

const daysOf = (showId: string) =>
  showListenAgainDays(schedule, stationSettings.listenAgainDays, showId);

/** The first airing after `from` of a show that `wanted` accepts. */
function airingAfter(from: Date, wanted: (occurrence: Occurrence) => boolean): Occurrence {
  const found = listOccurrences(schedule, from, new Date(+from + 8 * 86_400_000)).find(
    (occurrence) => +occurrence.start > +from && wanted(occurrence),
  );
  if (!found) throw new Error('no such airing in the schedule');
  return found;
}

const fakeClock = (at: number) =>
  clockStartingAt(new Date(at).toISOString().slice(0, 19).replace('T', ' '));

/** The dock's listen-again element: where it is, and whether it moves on. */
const episodeAudio = (page: Page) =>
  page.evaluate(() => {
    const audio = document.querySelector<HTMLAudioElement>('audio[data-player="episode"]')!;
    return { time: audio.currentTime, paused: audio.paused, src: audio.getAttribute('src') };
  });

async function expectAdvancing(page: Page, from: number) {
  await expect
    .poll(async () => (await episodeAudio(page)).time, { timeout: 15_000 })
    .toBeGreaterThan(from + 1);
  expect((await episodeAudio(page)).paused).toBe(false);
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  stationProcess = await startOwnStation(STATION_PORT, password, 'listen-again');
  // Days from now, after the build: its prerendered pages are out of date for these clocks.
  const from = new Date(Date.now() + 3 * 86_400_000);
  airing = airingAfter(from, (occurrence) => daysOf(occurrence.showId) > 0);
  noListenAiring = airingAfter(from, (occurrence) => daysOf(occurrence.showId) === 0);
  const recording = { ...station.stationEnv(STATION_PORT), ARCHIVE_RECORD: 'on' };
  [site, noListenSite] = await Promise.all([
    startSiteServer(ports.site + 160, { ...recording, ...fakeClock(+airing.end - BEFORE_END_MS) }),
    startSiteServer(ports.site + 161, {
      ...recording,
      ...fakeClock(+noListenAiring.end - BEFORE_END_MS),
    }),
  ]);
  // Each clock started BEFORE_END_MS before its end, a moment ago (the start took a while).
  endsAt = Date.now() - site.startedInMs + BEFORE_END_MS;
  noListenEndsAt = Date.now() - noListenSite.startedInMs + BEFORE_END_MS;
});

test.afterAll(async () => {
  await Promise.all([site?.stop(), noListenSite?.stop(), laterSite?.stop()]);
  stationProcess?.stdin?.end();
});

test('an airing that ends is an episode: it plays in the dock, from a track, across a navigation', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const showPage = `${site.url}/shows/${airing.showId}`;
  const id = episodeId(airing.start);
  // Listed within a minute of the end (the budget; the bench measures it).
  await expect(async () => {
    await page.goto(showPage);
    await expect(page.locator(`a[href$="/episodes/${id}"]`)).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: BEFORE_END_MS + 90_000, intervals: [2_000] });
  console.log(`[listen-again] listed ${((Date.now() - endsAt) / 1000).toFixed(1)} s after the end`);
  // Search engines find it too: the sitemap lists the episode's page while it is listed.
  const sitemap = await (await fetch(`${site.url}/sitemap.xml`)).text();
  expect(sitemap).toMatch(new RegExp(`<loc>[^<]*/shows/${airing.showId}/episodes/${id}</loc>`));
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    'href',
    new RegExp(`/shows/${airing.showId}/podcast.xml$`),
  );

  await page.locator(`a[href$="/episodes/${id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/shows/${airing.showId}/episodes/${id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(airing.show);
  // Recorded from the moment the site started: the programme's start was not.
  await expect(page.getByRole('region', { name: 'About this recording' })).toContainText(
    /begins .* into the programme/,
  );
  // The station's titles, as the Icecast poller logged them, each a place in the recording.
  const chapters = page.getByRole('button', { name: /^Play from \d+:\d\d: / });
  await expect(chapters.nth(1)).toBeVisible();
  const second = await chapters.nth(1).getAttribute('aria-label');
  const at = Number(
    /from (\d+):(\d\d)/
      .exec(second!)!
      .slice(1)
      .reduce((m, s) => `${+m * 60 + +s}`),
  );
  expect(at).toBeGreaterThan(5);

  await page.getByRole('button', { name: /^(Play|Resume from \d+:\d\d)$/ }).click();
  const dock = page.getByRole('region', { name: 'Radio player' });
  await expect(dock.getByTestId('player-episode')).toContainText(airing.show);
  await expectAdvancing(page, 0);

  // The episode's page with the dock playing it (its busiest state), on a desktop and a phone.
  expect(await wcagViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 375, height: 812 });
  expect(await wcagViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 720 });

  // A track: the episode from its start.
  await chapters.nth(1).click();
  await expect.poll(async () => (await episodeAudio(page)).time).toBeGreaterThanOrEqual(at);
  expect((await episodeAudio(page)).time).toBeLessThan(at + 3);
  await expectAdvancing(page, at);

  // The keyboard moves the scrubber: 10 s on, then back.
  const scrubber = dock.getByRole('slider', { name: 'Position in the episode' });
  const before = (await episodeAudio(page)).time;
  await scrubber.focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await episodeAudio(page)).time).toBeLessThan(before - 5);

  // Away to the show's page (a client navigation): the dock plays on.
  const playingAt = (await episodeAudio(page)).time;
  await page.getByRole('link', { name: airing.show }).first().click();
  await expect(page).toHaveURL(showPage);
  await expectAdvancing(page, playingAt);
  await expect(dock.getByTestId('player-episode')).toContainText(airing.show);
  // The lock screen has the episode; the strip goes on following the live station's titles.
  expect(
    await page.evaluate(() => ({
      title: navigator.mediaSession.metadata?.title,
      state: navigator.mediaSession.playbackState,
    })),
  ).toEqual({ title: expect.stringContaining(airing.show), state: 'playing' });
  const strip = page.getByRole('region', { name: 'On air' }).getByTestId('now-playing');
  const liveTitle = (await strip.textContent()) ?? '';
  await expect(strip).not.toHaveText(liveTitle, { timeout: 45_000 });

  // One press back to live: the episode closes, the stream plays.
  await dock.getByRole('button', { name: 'Listen live' }).click();
  await expect(dock.getByRole('button', { name: 'Stop' })).toBeVisible({ timeout: 20_000 });
  await expect(dock.getByTestId('player-episode')).toHaveCount(0);
  expect((await episodeAudio(page)).src).toBeNull();

  // Where it was left is remembered: the episode's page offers to resume there.
  await page.goto(`${site.url}/shows/${airing.showId}/episodes/${id}`);
  await expect(page.getByRole('button', { name: /^Resume from \d+:\d\d$/ })).toBeVisible();
});

test('the show’s podcast feed has the episode, whose audio answers a range with 206', async () => {
  const feed = await fetch(`${site.url}/shows/${airing.showId}/podcast.xml`);
  expect(feed.status).toBe(200);
  expect(feed.headers.get('content-type')).toMatch(/^application\/rss\+xml/);
  const xml = await feed.text();
  // A real podcast parser: Python's feedparser.
  const parsed = JSON.parse(
    // Debian's, with python3-feedparser (scripts/install-system-deps.sh).
    (
      await promisify(execFile)('/usr/bin/python3', [
        '-c',
        `import sys, json, feedparser
d = feedparser.parse(open(sys.argv[1]).read())
e = d.entries[0]
print(json.dumps({"bozo": d.bozo, "version": d.version, "title": d.feed.title,
  "entries": len(d.entries), "enclosure": e.enclosures[0],
  "duration": e.get("itunes_duration"), "guid": e.id, "episode": e.title}))`,
        writeTemp(xml),
      ])
    ).stdout,
  ) as {
    bozo: boolean;
    version: string;
    entries: number;
    enclosure: { href: string; length: string; type: string };
    duration: string;
    guid: string;
    episode: string;
  };
  expect(parsed).toMatchObject({ bozo: false, version: 'rss20', entries: 1 });
  expect(parsed.enclosure.type).toBe('audio/mpeg');
  expect(parsed.duration).toMatch(/^\d\d:\d\d:\d\d$/);
  expect(xml).toContain('<podcast:chapters url=');

  const audioPath = new URL(parsed.enclosure.href).pathname;
  const whole = await fetch(`${site.url}${audioPath}`);
  expect(whole.status).toBe(200);
  expect(whole.headers.get('accept-ranges')).toBe('bytes');
  const body = await whole.arrayBuffer();
  expect(String(body.byteLength)).toBe(parsed.enclosure.length);
  const range = await fetch(`${site.url}${audioPath}`, { headers: { range: 'bytes=1000-1999' } });
  expect(range.status).toBe(206);
  expect(range.headers.get('content-range')).toBe(`bytes 1000-1999/${parsed.enclosure.length}`);
  expect((await range.arrayBuffer()).byteLength).toBe(1000);
  const beyond = await fetch(`${site.url}${audioPath}`, { headers: { range: 'bytes=999999999-' } });
  expect(beyond.status).toBe(416);

  const chapters = await fetch(`${site.url}${audioPath.replace(/\.mp3$/, '.chapters.json')}`);
  expect(chapters.headers.get('content-type')).toMatch(/^application\/json\+chapters/);
  const { version, chapters: list } = (await chapters.json()) as {
    version: string;
    chapters: { startTime: number; title: string }[];
  };
  expect(version).toBe('1.2.0');
  expect(list.length).toBeGreaterThan(1);
  expect(list[1]!.title).toMatch(/ — /);

  // The file is the airing's recording: its length is what ffprobe reads, and its own tags name
  // it as the feed and the page do (a podcast app shows those).
  const audio = await probeAudio(await (await fetch(`${site.url}${audioPath}`)).arrayBuffer());
  expect(audio.duration).toBeGreaterThan(20);
  expect(parsed.episode).toMatch(/, \w+ \d{1,2} \w+, \d{1,2}:\d\d[ap]m (GMT|BST)$/);
  expect(audio.tags).toMatchObject({ title: parsed.episode, artist: 'Oldham Community Radio' });
});

test('a show with listenAgainDays 0 has no episode, while the station log keeps its audio', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Past its end, and past the time an episode would have been made.
  const waitMs = noListenEndsAt + 60_000 - Date.now();
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
  await page.goto(`${noListenSite.url}/shows/${noListenAiring.showId}`);
  await expect(page.getByRole('region', { name: 'Listen again' })).toContainText(
    'not available to listen again',
  );
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(0);
  expect(
    existsSync(path.join(noListenSite.dataDir, 'archive', 'episodes', noListenAiring.showId)),
  ).toBe(false);
  const podcast = await fetch(`${noListenSite.url}/shows/${noListenAiring.showId}/podcast.xml`);
  expect(podcast.status).toBe(404);

  // The last 30 seconds of the airing, from the station log.
  const [from, to] = [+noListenAiring.end - 30_000, +noListenAiring.end];
  const cut = await fetch(
    `${noListenSite.url}/api/archive?from=${new Date(from).toISOString()}&to=${new Date(to).toISOString()}`,
    { headers: auth },
  );
  expect(cut.status).toBe(200);
  const duration = await probeDuration(await cut.arrayBuffer());
  expect(duration).toBeGreaterThan(25);
});

test('the episode leaves on time: a site a week and a day on deletes it; the station log keeps the audio', async () => {
  test.setTimeout(120_000);
  await site.stop();
  const folder = path.join(site.dataDir, 'archive', 'episodes', airing.showId);
  expect(readdirSync(folder).sort()).toEqual([
    `${episodeId(airing.start)}.json`,
    `${episodeId(airing.start)}.mp3`,
  ]);
  const days = daysOf(airing.showId);
  laterSite = await startSiteServer(ports.site + 162, {
    ...fakeClock(+airing.end + (days + 1) * 86_400_000),
    DATA_DIR: site.dataDir,
  });
  await expect.poll(() => readdirSync(folder), { timeout: 30_000 }).toEqual([]);
  const showPage = await (await fetch(`${laterSite.url}/shows/${airing.showId}`)).text();
  expect(showPage).not.toContain(`/episodes/${episodeId(airing.start)}`);
  const sitemap = await (await fetch(`${laterSite.url}/sitemap.xml`)).text();
  expect(sitemap).toContain(`/shows/${airing.showId}</loc>`);
  expect(sitemap).not.toContain(`/episodes/${episodeId(airing.start)}`);
  const gone = await fetch(
    `${laterSite.url}/listen-again/${airing.showId}/${episodeId(airing.start)}.mp3`,
  );
  expect(gone.status).toBe(404);
  // The station log keeps everything for its own 42 days.
  const [from, to] = [+airing.end - 20_000, +airing.end];
  const cut = await fetch(
    `${laterSite.url}/api/archive?from=${new Date(from).toISOString()}&to=${new Date(to).toISOString()}`,
    { method: 'HEAD', headers: auth },
  );
  expect(cut.status).toBe(200);
});

function writeTemp(text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'listen-again-feed-')), 'podcast.xml');
  writeFileSync(file, text);
  return file;
}
