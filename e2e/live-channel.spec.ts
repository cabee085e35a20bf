import { expect, test, type Page } from '@playwright/test';
import { pushTrack } from './support/push';
import { ports } from './support/env';
import { startSiteServer, type SiteServer } from './support/site-server';

/**
 * An open page keeps following the station when its live channel is refused: a browser's
 * EventSource gives up for good on an answer that is not a 200 event stream (a proxy's 502 while
 * an instance restarts, a 503 when the server is full), so the page opens a new one itself, and
 * says quietly, once, that live updates are paused meanwhile (components/live/live-channel.ts).
 */
const ARTICLE = '/news/late-night-love-songs-every-night';
const EVENTS = '**/api/now-playing/events*';

// A server of its own: a push holds off a server's Icecast poller, which other specs on the
// shared server rely on.
test.describe.configure({ mode: 'serial' });
let site: SiteServer;
test.beforeAll(async () => {
  site = await startSiteServer(ports.site + 95);
});
test.afterAll(async () => {
  await site?.stop();
});

const strip = (page: Page) => page.getByRole('region', { name: 'On air' });
const push = (title: string) => pushTrack(site.url, { artist: 'The Reconnections', title });

/** Every text the strip's status has shown, in order, from the page's first paint. */
async function recordStatus(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { statusTexts: string[] }).statusTexts = seen;
    new MutationObserver(() => {
      const status = document.querySelector('section[aria-label="On air"] [role="status"]');
      const text = status?.textContent ?? '';
      if (status && text !== (seen.at(-1) ?? '')) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
}

test('a refused live channel is opened again: the next push arrives, and the outage is told once', async ({
  page,
}) => {
  const statusTexts = await recordStatus(page);
  let refused = 0;
  await page.route(EVENTS, (route) => {
    refused += 1;
    return route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: '{"error":"Too many listeners"}',
    });
  });
  await page.goto(`${site.url}${ARTICLE}`);
  const status = strip(page).getByRole('status');
  await expect(status).toHaveText('Live updates paused, reconnecting…');
  // The page keeps asking, backing off; the reader is told once however many times it is refused.
  await expect.poll(() => refused, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
  await page.unroute(EVENTS);
  // Back: the next attempt reaches the server (the backoff after three refusals is at most 6 s).
  await expect(status).toBeEmpty({ timeout: 20_000 });

  const title = `Back again ${Date.now()}`;
  expect((await push(title)).status).toBe(200);
  await expect(strip(page).getByTestId('now-playing')).toContainText(title);
  expect(await statusTexts()).toEqual(['Live updates paused, reconnecting…', '']);
  expect(page.url()).toContain(ARTICLE);
});

test('a page that opens a new channel is sent what it missed meanwhile', async ({ page }) => {
  const first = await push(`Heard first ${Date.now()}`);
  expect(first.status).toBe(200);
  const play = (await first.json()).nowPlaying as { id: number; title: string };

  // The page's first channel carries that change, then ends; every later one is refused (a
  // proxy's 502) until the server is back.
  let calls = 0;
  await page.route(EVENTS, (route) => {
    calls += 1;
    if (calls > 1)
      return route.fulfill({ status: 502, contentType: 'text/html', body: 'Bad Gateway' });
    return route.fulfill({
      status: 200,
      contentType: 'text/event-stream',
      body: `retry: 200\n\nevent: now-playing\nid: ${play.id}\ndata: ${JSON.stringify(play)}\n\n`,
    });
  });
  await page.goto(`${site.url}${ARTICLE}`);
  const nowPlaying = strip(page).getByTestId('now-playing');
  await expect(nowPlaying).toContainText(play.title);
  await expect(strip(page).getByRole('status')).toHaveText('Live updates paused, reconnecting…');

  // Two changes while the page cannot hear them; the new channel says where the page stopped.
  const missed = `Missed ${Date.now()}`;
  const last = `Last ${Date.now()}`;
  expect((await push(missed)).status).toBe(200);
  expect((await push(last)).status).toBe(200);
  const reopened = page.waitForRequest((request) => request.url().includes('lastEventId='), {
    timeout: 40_000,
  });
  await page.unroute(EVENTS);
  expect(new URL((await reopened).url()).searchParams.get('lastEventId')).toBe(String(play.id));
  await expect(nowPlaying).toContainText(last);
  await expect(strip(page).getByRole('status')).toBeEmpty();
});
