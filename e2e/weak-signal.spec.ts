import AxeBuilder from '@axe-core/playwright';
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { lane, ports } from './support/env';
import { E2E_STATION_ENV } from './support/icecast';
import { startSiteServer, type SiteServer } from './support/site-server';
import { fallbackEnv, LOW_MOUNT } from '../servers/station/station';

/**
 * Listening on a weak signal: the station's two mounts (/live at 128 kbps, /live-low at 40 kbps,
 * from one ffmpeg), Chromium's own network throttling (the DevTools protocol), and the player
 * moving down to the low mount and back up. A server of its own, told of the fallback and to try
 * the main stream again after 30 s rather than 10 minutes (long enough to check the low mount
 * plays on while throttled, on a busy machine).
 */
test.describe.configure({ mode: 'serial' });

const UP_AFTER_S = 30;
let site: SiteServer;
test.beforeAll(async () => {
  site = await startSiteServer(ports.site + 120, {
    ...E2E_STATION_ENV,
    ...fallbackEnv(ports.icecast + lane),
    STREAM_FALLBACK_UP_AFTER_S: String(UP_AFTER_S),
  });
});
test.afterAll(async () => {
  await site?.stop();
});

const GMP = '/news/gmp-welcomes-baroness-casey-recommendations';
const NOTICE = 'Data saver: lower quality to keep playing';
const dock = (page: Page) => page.getByRole('region', { name: 'Radio player' });
const status = (page: Page) => dock(page).getByRole('status');
const dataSaver = (page: Page) =>
  dock(page).getByRole('button', { name: 'Always use data saver', exact: true });

/** The mount the element is connected to, through /listen's redirect, and its clock. */
const audio = (page: Page) =>
  page.locator('audio[data-player="live"]').evaluate((element: HTMLAudioElement) => ({
    src: element.currentSrc,
    time: element.currentTime,
  }));
const onLowMount = async (page: Page) => new URL((await audio(page)).src).search.includes('low');

/** Icecast's own count of listeners on a mount of the test station. */
async function listenersOn(page: Page, mount: string): Promise<number> {
  const response = await page.request.get(E2E_STATION_ENV.ICECAST_STATUS_URL);
  const { icestats } = JSON.parse(await response.text());
  const sources = [icestats.source ?? []].flat() as { listenurl: string; listeners: number }[];
  return sources.find((source) => source.listenurl.endsWith(mount))?.listeners ?? 0;
}

async function expectAdvancing(page: Page, by: number, timeout = 15_000) {
  const start = (await audio(page)).time;
  await expect.poll(async () => (await audio(page)).time, { timeout }).toBeGreaterThan(start + by);
}

/** Chromium's network throttling for this page: a download rate in kbit/s, or none. */
async function throttle(cdp: CDPSession, kbps: number | null) {
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: kbps === null ? -1 : (kbps * 1000) / 8,
    uploadThroughput: -1,
  });
}

/** Listen live, once the page knows the station has a fallback (the toggle is enabled). */
async function listen(page: Page) {
  await page.goto(`${site.url}${GMP}`);
  await expect(dataSaver(page)).toBeEnabled();
  await dock(page).getByRole('button', { name: 'Listen live', exact: true }).click();
}

test('moves to the low mount on a connection below the main bitrate, and back when it recovers', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  // 96 kbit/s: below the main stream's 128, well above the fallback's 40.
  await throttle(cdp, 96);
  await listen(page);
  await expect(status(page)).toHaveText('Playing', { timeout: 30_000 });
  expect(await onLowMount(page), 'starts on the main mount').toBe(false);

  // It stalls, twice within a minute, and moves down: said once, in the dock, politely.
  const notice = dock(page).getByTestId('data-saver-notice');
  await expect(notice).toHaveText(NOTICE, { timeout: 90_000 });
  await expect(notice).toHaveAttribute('aria-live', 'polite');
  await expect.poll(() => onLowMount(page), { timeout: 15_000 }).toBe(true);
  await expect(status(page)).toHaveText('Playing', { timeout: 30_000 });
  // Icecast sees it: the listener is on the low mount (and has left the main one).
  await expect
    .poll(() => listenersOn(page, LOW_MOUNT), { timeout: 15_000 })
    .toBeGreaterThanOrEqual(1);
  // On 96 kbit/s the 40 kbit/s stream keeps up: the audio goes on.
  await expectAdvancing(page, 5, 30_000);

  // The signal recovers: after UP_AFTER_S without a stall it tries the main mount, and stays.
  // On a busy machine the wait may run out while still throttled: the main stream then stalls
  // and the player goes straight back down, as it should, and tries again UP_AFTER_S later.
  await throttle(cdp, null);
  await expect(async () => {
    expect(await onLowMount(page)).toBe(false);
    await expect(status(page)).toHaveText('Playing', { timeout: 1_000 });
    // Icecast sees the listener leave the low mount: the old connection was closed.
    expect(await listenersOn(page, LOW_MOUNT)).toBe(0);
  }).toPass({ timeout: 90_000 });
  await expect(notice).toHaveText('');
  await expectAdvancing(page, 2);
  expect(await onLowMount(page), 'stays on the main mount').toBe(false);
});

test('"Always use data saver" is remembered: after a reload the player starts on the low mount', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto(`${site.url}${GMP}`);
  await expect(dataSaver(page)).toBeEnabled();
  await expect(dataSaver(page)).toHaveAttribute('aria-pressed', 'false');
  await dataSaver(page).click();
  await expect(dataSaver(page)).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(dataSaver(page)).toHaveAttribute('aria-pressed', 'true');
  await listen(page);
  await expect(status(page)).toHaveText('Playing', { timeout: 30_000 });
  expect(await onLowMount(page)).toBe(true);
  await expectAdvancing(page, 1);
  await expect(dock(page).getByTestId('data-saver-notice')).toHaveText(NOTICE);

  // The dock in its data-saver state, at a phone's width and a desktop's.
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const axe = await new AxeBuilder({ page })
      .include('[aria-label="Radio player"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations, `axe at ${width} px`).toEqual([]);
    await test.info().attach(`dock-data-saver-${width}.png`, {
      body: await dock(page).screenshot(),
      contentType: 'image/png',
    });
  }

  // Turned off while listening: the full stream, at once.
  await dataSaver(page).click();
  await expect.poll(() => onLowMount(page), { timeout: 15_000 }).toBe(false);
  await expect(status(page)).toHaveText('Playing', { timeout: 30_000 });
});

test('/listen?quality=low leads to the fallback, and says so plainly where there is none', async ({
  page,
  request,
  baseURL,
}) => {
  const low = await request.get(`${site.url}/listen?quality=low&t=42`, { maxRedirects: 0 });
  expect(low.status()).toBe(302);
  expect(low.headers().location).toBe(
    `${fallbackEnv(ports.icecast + lane).STREAM_FALLBACK_URL}?t=42`,
  );
  expect(low.headers()['cache-control']).toBe('no-store');
  // The CSP lets the player stream from both mounts' origin.
  const news = await request.get(`${site.url}/news`);
  expect(news.headers()['content-security-policy']).toContain(
    `media-src 'self' ${new URL(E2E_STATION_ENV.STREAM_URL).origin}`,
  );

  const unknown = await request.get(`${site.url}/listen?quality=high`, { maxRedirects: 0 });
  expect(unknown.status()).toBe(400);
  expect(await unknown.json()).toEqual({
    error: 'quality must be "low", or left out for the main stream',
  });
  // The suite's shared server has no fallback: a 404 with a reason, never a redirect to nowhere.
  const none = await request.get(`${baseURL}/listen?quality=low`, { maxRedirects: 0 });
  expect(none.status()).toBe(404);
  expect(await none.json()).toEqual({ error: 'No low-bitrate stream is configured' });
  // …and its dock offers no data saver: there is nothing to save with.
  const connected = page.waitForResponse((response) =>
    response.url().endsWith('/api/now-playing/events'),
  );
  await page.goto(GMP);
  await connected;
  await expect(dock(page).getByRole('button', { name: 'Listen live', exact: true })).toBeEnabled();
  await page.waitForTimeout(1_000);
  await expect(dataSaver(page)).toHaveCount(0);
});
