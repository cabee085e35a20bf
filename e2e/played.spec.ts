import { expect, test, type Page } from '@playwright/test';
import { SETTLE_AFTER_SECONDS } from '../lib/cache/live-tags';
import { ports } from './support/env';
import { pushTrack } from './support/push';
import { clockStartingAt, startSiteServer, type SiteServer } from './support/site-server';

/**
 * "What was that song?": every play of a UK day at /played/YYYY-MM-DD, today's at /played growing
 * as tracks start, the same as JSON at /api/plays. (A show's airings link their days: e2e/shows.spec.ts.)
 * One server whose clock starts at 01:40 GMT on 25 October 2026, the night the clocks go back
 * (1am happens twice), with tracks pushed with the times they started.
 */
const TRACKS = [
  // 12:00 BST on Tuesday 20 October: where the history begins.
  { artist: 'Elbow', title: 'One Day Like This', startedAt: '2026-10-20T11:00:00Z' },
  // 11:55pm BST on Saturday 24 October, in Late Night Love Songs (11pm–1am).
  { artist: 'Atlantic Starr', title: 'Secret Lovers', startedAt: '2026-10-24T22:55:00Z' },
  // 12:10am BST on Sunday the 25th: the same airing, after midnight.
  { artist: 'Anita Baker', title: 'Sweet Love', startedAt: '2026-10-24T23:10:00Z' },
  // 1:30am, twice: first BST, then (an hour later) GMT.
  { artist: 'Doves', title: 'Pounding', startedAt: '2026-10-25T00:30:00Z' },
  { artist: 'The Courteeners', title: 'Not Nineteen Forever', startedAt: '2026-10-25T01:30:00Z' },
];

// One server for the file: its tests run in order, in one worker (a failure skips none).
test.describe.configure({ mode: 'default' });

let site: SiteServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  site = await startSiteServer(ports.site + 140, clockStartingAt('2026-10-25 01:40:00'));
  for (const track of TRACKS) expect((await pushTrack(site.url, track)).status).toBe(200);
});

test.afterAll(async () => {
  await site?.stop();
});

/** Opens `path` until its rows are `rows`: the pushes revalidated it, the next request remakes it. */
async function expectRows(page: Page, path: string, rows: (string | RegExp)[]) {
  await expect(async () => {
    await page.goto(`${site.url}${path}`);
    await expect(page.locator('#played-list li')).toHaveText(rows, { timeout: 100 });
  }).toPass({ timeout: (SETTLE_AFTER_SECONDS.at(-1)! + 15) * 1000 });
}

test('a day’s plays are listed at their UK times, each day its own, across midnight and the clock change', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await expectRows(page, '/played/2026-10-24', [
    /^11:55pm\s*Atlantic Starr — Secret Lovers\s*in Late Night Love Songs$/,
  ]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Played on Saturday 24 October');
  await expect(page.getByRole('heading', { level: 2, name: '11pm' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Late Night Love Songs' })).toHaveAttribute(
    'href',
    '/shows/late-night-love-songs',
  );

  // The 25th has 25 hours: each time and hour says its zone.
  await expectRows(page, '/played/2026-10-25', [
    /^12:10am BST\s*Anita Baker — Sweet Love\s*in Late Night Love Songs$/,
    /^1:30am BST\s*Doves — Pounding/,
    /^1:30am GMT\s*The Courteeners — Not Nineteen Forever/,
  ]);
  await expect(page.locator('#played-list h2')).toHaveText(['12am BST', '1am BST', '1am GMT']);
  await expect(page.getByRole('main')).toContainText('The clocks go back an hour at 2:00am');

  // "About 1:45?" The first 1:45, as the schedule reads a time that happens twice: Doves.
  await page.getByLabel('Time', { exact: true }).fill('01:45');
  await page.getByRole('button', { name: 'Find the song' }).click();
  await expect(page.locator('#played-list li:focus')).toContainText('Doves — Pounding');

  // Without JavaScript the hours are links down the page.
  await page
    .getByRole('navigation', { name: 'Hours' })
    .getByRole('link', { name: '1am GMT' })
    .click();
  await expect(page).toHaveURL(/#h-01-gmt$/);
});

test('today’s page follows new plays without a reload', async ({ page }) => {
  test.setTimeout(120_000);
  // Today's own address: /played itself was prerendered by the build, dated by the real clock,
  // which to this server's clock is in the future, so it would never be out of date here. (The
  // suite's other servers, on the real clock, cover /played: e2e/accessibility.spec.ts.)
  await expectRows(page, '/played/2026-10-25', [/Sweet Love/, /Pounding/, /Not Nineteen Forever/]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Played today');
  // A track starts. However soon the island's event stream connects, it is told: a new
  // connection is sent the current play.
  expect((await pushTrack(site.url, { artist: 'Elbow', title: 'Lippy Kids' })).status).toBe(200);
  await expect(page.locator('#played-list li').last()).toContainText(
    /^1:[45]\dam GMT\s*Elbow — Lippy Kids/,
    { timeout: 15_000 },
  );
});

test('days with nothing played say so; days outside the history are a 404 that says why', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await expect(async () => {
    await page.goto(`${site.url}/played/2026-10-22`);
    await expect(page.getByText('Nothing was played on this day')).toBeVisible({ timeout: 100 });
  }).toPass({ timeout: 60_000 });

  const before = await page.goto(`${site.url}/played/2026-10-19`);
  expect(before?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No list for this day');
  for (const path of ['/played/2026-10-26', '/played/2026-02-30', '/played/yesterday']) {
    expect((await page.request.get(`${site.url}${path}`)).status(), path).toBe(404);
  }
  // The first day kept says where its list begins, and links no day before it.
  await page.goto(`${site.url}/played/2026-10-20`);
  await expect(page.getByRole('main')).toContainText('Our list begins at 12:00pm BST on this day');
  await expect(page.getByRole('navigation', { name: 'Other days' }).getByRole('link')).toHaveText([
    'Wed 21 Oct →',
  ]);
});

test('GET /api/plays answers a span of up to 24 hours, with London times and shows', async ({
  request,
}) => {
  const answer = await request.get(
    `${site.url}/api/plays?from=2026-10-24T22:00:00Z&to=2026-10-25T01:35:00Z`,
  );
  expect(answer.status()).toBe(200);
  const body = await answer.json();
  expect(body.plays.map((play: { startedAt: string }) => play.startedAt)).toEqual([
    '2026-10-24T23:55:00+01:00',
    '2026-10-25T00:10:00+01:00',
    '2026-10-25T01:30:00+01:00',
    '2026-10-25T01:30:00+00:00',
  ]);
  expect(body.plays[0].show).toMatchObject({
    id: 'late-night-love-songs',
    url: '/shows/late-night-love-songs',
  });

  // The 25 hours of the day the clocks go back are over the limit.
  const tooLong = await request.get(
    `${site.url}/api/plays?from=2026-10-24T23:00:00Z&to=2026-10-26T00:00:00Z`,
  );
  expect(tooLong.status()).toBe(400);
  expect((await tooLong.json()).error).toContain('over 24 hours');
  const bad = await request.get(`${site.url}/api/plays?from=yesterday`);
  expect(bad.status()).toBe(400);
  expect(bad.headers()['content-type']).toContain('application/json');
});
