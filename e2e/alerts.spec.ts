import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { NOW_PLAYING_TOKEN, ports } from './support/env';
import { stationFetch } from './support/push';
import { startSiteServer, type SiteServer } from './support/site-server';

/**
 * Station alerts: posted by the newsroom, on every open page at once, in the cached HTML for
 * readers without JavaScript, gone when deleted or expired. A server of its own, so no other
 * spec finds a banner it did not expect (and a layout that moved).
 */
test.describe.configure({ mode: 'serial' });

let site: SiteServer;
test.beforeAll(async () => {
  site = await startSiteServer(ports.site + 90);
});
test.afterAll(async () => {
  await site?.stop();
});
test.afterEach(async () => {
  // Each test starts with no live alert.
  const { alerts } = (await (await fetch(`${site.url}/api/alerts`)).json()) as {
    alerts: { id: number }[];
  };
  for (const { id } of alerts) await remove(id);
});

const ARTICLE = '/news/gmp-welcomes-baroness-casey-recommendations';
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();
const authorization = `Bearer ${NOW_PLAYING_TOKEN}`;

async function post(alert: Record<string, unknown>) {
  return stationFetch(`${site.url}/api/alerts`, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body: JSON.stringify({ expiresAt: inSeconds(3600), ...alert }),
  });
}
async function postOk(alert: Record<string, unknown>): Promise<number> {
  const response = await post(alert);
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { alert: { id: number } }).alert.id;
}
const remove = (id: number) =>
  stationFetch(`${site.url}/api/alerts/${id}`, { method: 'DELETE', headers: { authorization } });

const banner = (page: Page) => page.getByRole('region', { name: 'Station alerts' });
// The banner's own announcers: the player has a polite region of its own (the data-saver notice).
const politeRegion = (page: Page) => page.getByTestId('alerts-polite');
const assertiveRegion = (page: Page) => page.getByTestId('alerts-assertive');

/** An open page whose live channel is connected (its first frame has arrived). */
async function openPage(page: Page, path = ARTICLE) {
  const connected = page.waitForResponse((response) =>
    response.url().endsWith('/api/now-playing/events'),
  );
  await page.goto(`${site.url}${path}`);
  await connected;
  await expect(page.getByRole('button', { name: 'Listen live' })).toBeEnabled();
}

test('an alert reaches an open page by push, is announced once, and goes on delete', async ({
  page,
}) => {
  await openPage(page);
  await expect(banner(page)).toHaveCount(0);
  const focused = await page.evaluate(() => document.activeElement?.tagName);

  // Nothing on the page polls, so an alert that arrives without a reload was pushed. How fast a
  // push reaches listeners is measured by `npm run bench` (sse-fanout), not timed here.
  const id = await postOk({ kind: 'weather', message: 'Amber warning for snow until 6pm' });
  await expect(banner(page)).toContainText('Weather warning: Amber warning for snow until 6pm');
  // A weather warning interrupts; nothing is said politely; focus stays where it was.
  await expect(assertiveRegion(page)).toHaveText(
    'Weather warning: Amber warning for snow until 6pm',
  );
  await expect(politeRegion(page)).toHaveText('');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe(focused);

  // Breaking news is announced politely; a station notice is shown but not read out.
  await postOk({
    kind: 'breaking',
    message: 'Road closed at Mumps Bridge',
    url: 'https://example.org/',
  });
  await postOk({ kind: 'station', message: 'Off air from 2am for maintenance' });
  await expect(banner(page).getByRole('listitem')).toHaveCount(3);
  await expect(politeRegion(page)).toHaveText('Breaking news: Road closed at Mumps Bridge');
  await expect(
    banner(page).getByRole('link', { name: 'Read more about this alert' }),
  ).toHaveAttribute('href', 'https://example.org/');

  // After a reload the alerts are part of the page, and none is read out again.
  await page.reload();
  await expect(banner(page).getByRole('listitem')).toHaveCount(3);
  await page.waitForTimeout(1_000);
  await expect(assertiveRegion(page)).toHaveText('');
  await expect(politeRegion(page)).toHaveText('');

  expect((await remove(id)).status).toBe(200);
  await expect(banner(page).getByRole('listitem')).toHaveCount(2);
  await expect(banner(page)).not.toContainText('Amber warning');
  expect((await remove(id)).status).toBe(404);
});

test('a dismissed alert stays dismissed in that tab, and only there', async ({ page, context }) => {
  await postOk({ kind: 'station', message: 'Off air from 2am for maintenance' });
  await postOk({ kind: 'breaking', message: 'Road closed at Mumps Bridge' });
  await openPage(page);
  const dismiss = banner(page).getByRole('button', { name: 'Dismiss alert' });
  await expect(dismiss).toHaveCount(2);

  await dismiss.first().click();
  await expect(banner(page).getByRole('listitem')).toHaveCount(1);
  await expect(banner(page)).not.toContainText('Road closed');
  // The keyboard stays in the banner, on the Dismiss of the alert that is left.
  await expect(dismiss.first()).toBeFocused();

  await page.reload();
  await expect(banner(page)).toContainText('Off air from 2am');
  await expect(banner(page)).not.toContainText('Road closed');

  const other = await context.newPage();
  await openPage(other);
  await expect(banner(other).getByRole('listitem')).toHaveCount(2);
});

test('an alert leaves open pages when it expires, without a reload', async ({ page }) => {
  await openPage(page);
  await postOk({ kind: 'breaking', message: 'Short-lived', expiresAt: inSeconds(4) });
  await expect(banner(page)).toContainText('Short-lived');
  await expect(banner(page)).toHaveCount(0, { timeout: 15_000 });
});

test('a reader without JavaScript finds the live alert in the cached page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await postOk({ kind: 'weather', message: 'Yellow warning for ice' });
  // The post revalidated the tag: the next request regenerates the page in the background.
  await expect(async () => {
    const response = await page.goto(`${site.url}${ARTICLE}`);
    expect(response?.headers()['x-nextjs-cache']).toMatch(/HIT|STALE/);
    await expect(banner(page)).toContainText('Weather warning: Yellow warning for ice', {
      timeout: 100,
    });
  }).toPass({ timeout: 10_000 });
  // Without JavaScript there is nothing a Dismiss button could do: there is none.
  await expect(banner(page).getByRole('button')).toHaveCount(0);
  await context.close();
});

test('at most five alerts are live at once: a sixth is a 409 until one is taken down', async () => {
  const ids = [];
  for (let i = 1; i <= 5; i++) ids.push(await postOk({ kind: 'station', message: `Notice ${i}` }));
  const sixth = await post({ kind: 'breaking', message: 'One too many' });
  expect(sixth.status).toBe(409);
  expect(await sixth.json()).toMatchObject({ error: expect.stringContaining('delete one') });
  expect((await remove(ids[0]!)).status).toBe(200);
  await postOk({ kind: 'breaking', message: 'Room again' });
});

test('a hostile alert is refused, or shown as inert text', async ({ page }) => {
  for (const [field, value] of [
    ['url', 'javascript:alert(1)'],
    ['url', 'data:text/html,<script>alert(1)</script>'],
    ['message', 'x'.repeat(281)],
    ['message', '\u202e\u200b '],
    ['kind', 'emergency'],
  ] as const) {
    const response = await post({ kind: 'breaking', message: 'ok', [field]: value });
    expect(response.status, `${field}: ${value}`).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'Invalid alert', field });
  }

  await openPage(page);
  let ran = false;
  page.on('dialog', async (dialog) => {
    ran = true;
    await dialog.dismiss();
  });
  const markup = '<img src=x onerror="alert(1)"><b>bold</b>';
  await postOk({ kind: 'breaking', message: `\u202eReversed\u202c ${markup}` });
  await expect(banner(page)).toContainText(`Reversed ${markup}`);
  await expect(banner(page).locator('img, b')).toHaveCount(0);
  expect(ran).toBe(false);
});

for (const width of [375, 1280]) {
  test(`a page showing every kind of alert has no axe violations at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await postOk({ kind: 'weather', message: 'Amber warning for snow until 6pm' });
    await postOk({
      kind: 'breaking',
      message: 'Road closed at Mumps Bridge',
      url: 'https://example.org/',
    });
    await postOk({ kind: 'station', message: 'Off air from 2am for maintenance' });
    await openPage(page);
    await expect(banner(page).getByRole('listitem')).toHaveCount(3);
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      violations.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target).join(' ')}`),
    ).toEqual([]);
  });
}
