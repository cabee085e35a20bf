import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { formatTime } from '../lib/time/london';
import { inHtml, onAirAround, type OnAir } from './support/on-air';

/*
 * The server renders the schedule for the real moment of the request, whatever the browser's
 * clock says, so these tests assert what holds on any date: they ask GET /api/on-air what is on
 * now rather than assume a day. A request can straddle a show's boundary; then either answer is
 * right.
 */

const days = (page: Page) => page.getByRole('main').getByRole('region');
const onAirItem = (page: Page) => page.getByRole('main').locator('li[aria-current="true"]');
const showName = (page: Page) => onAirItem(page).getByRole('heading', { level: 3 });

test('lists seven days from today, each show once, in order, on the day it starts', async ({
  page,
}) => {
  await page.goto('/schedule');
  await expect(page.getByRole('heading', { level: 1, name: 'Programme schedule' })).toBeVisible();
  await expect(page.getByText(/^All times are UK time/)).toBeVisible();
  await expect(days(page)).toHaveCount(7);
  await expect(days(page).nth(0).getByRole('heading', { level: 2 })).toHaveText(/^Today/);
  await expect(days(page).nth(1).getByRole('heading', { level: 2 })).toHaveText(/^Tomorrow/);

  let lateNights = 0;
  for (const day of await days(page).all()) {
    const date = await day
      .getByRole('heading', { level: 2 })
      .locator('time')
      .getAttribute('datetime');
    const starts = await day
      .getByRole('listitem')
      .evaluateAll((items) => items.map((item) => item.querySelector('time')?.dateTime ?? ''));
    expect(starts.length, `${date}`).toBeGreaterThan(0);
    // London dates: a show running past midnight is not repeated at the top of the next day.
    for (const start of starts) expect(start.slice(0, 10), start).toBe(date);
    const instants = starts.map((start) => Date.parse(start));
    expect(instants).toEqual([...new Set(instants)].sort((a, b) => a - b));

    const loveSongs = day
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Late Night Love Songs' }) });
    const count = await loveSongs.count();
    expect(count, `${date}`).toBeLessThanOrEqual(1);
    if (count === 1) {
      // One range across midnight; the spring-forward night names its zones.
      await expect(loveSongs).toContainText(/11:00pm( GMT)? - (1:00am|2:00am BST)/);
      await expect(day.getByRole('listitem').last()).toContainText('Late Night Love Songs');
    }
    lateNights += count;
  }
  // Every night but one that a special (New Year's Eve) takes over.
  expect(lateNights).toBeGreaterThanOrEqual(6);
});

test('highlights the show on air now, in its first HTML and in the page', async ({
  page,
  request,
}) => {
  let html = '';
  const { before, after, shows } = await onAirAround(request, async () => {
    html = await (await request.get('/schedule')).text();
    await page.goto('/schedule');
  });
  expect(html).toContain('aria-current="true"');
  expect(shows.some((show) => html.includes(`>${inHtml(show)}</a></h3>`))).toBe(true);

  // In the browser the island has put the highlight right, whatever the first HTML said.
  await expect(onAirItem(page)).toHaveCount(1);
  await expect(onAirItem(page).getByText('On air now')).toBeVisible();
  expect([before.now.show, after.now.show]).toContain(await showName(page).textContent());
});

test('moves the highlight to the next show when it starts, without a reload', async ({
  page,
  request,
}) => {
  const { now, next } = (await (await request.get('/api/on-air')).json()) as OnAir;
  await page.clock.install({ time: new Date(Date.parse(now.end) - 30_000) });
  await page.goto('/schedule');
  await expect(showName(page)).toHaveText(now.show);

  await page.clock.runFor(40_000);
  await expect(showName(page)).toHaveText(next.show);
  await expect(onAirItem(page)).toHaveCount(1);
  await expect(onAirItem(page).locator('time').first()).toHaveAttribute('datetime', next.start);
});

test('carries a BroadcastEvent for each listed show, with London offsets', async ({ page }) => {
  await page.goto('/schedule');
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const graph = scripts
    .map((text) => JSON.parse(text) as { '@graph'?: Record<string, unknown>[] })
    .find((data) => data['@graph']?.some((node) => node['@type'] === 'BroadcastEvent'));
  const events = graph?.['@graph'] ?? [];

  const listed = await page.getByRole('main').getByRole('heading', { level: 3 }).allTextContents();
  expect(events.map((event) => event.name)).toEqual(listed);
  const withOffset = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;
  for (const event of events) {
    expect(event).toMatchObject({
      '@type': 'BroadcastEvent',
      startDate: expect.stringMatching(withOffset),
      endDate: expect.stringMatching(withOffset),
      isLiveBroadcast: true,
      publishedOn: {
        '@type': 'BroadcastService',
        name: 'Oldham Community Radio',
        broadcastTimezone: 'Europe/London',
      },
    });
  }
});

test('jumps to a day from the list of days', async ({ page }) => {
  await page.goto('/schedule');
  const nav = page.getByRole('navigation', { name: 'Days' });
  await expect(nav.getByRole('link')).toHaveCount(7);
  await nav.getByRole('link', { name: 'Tomorrow' }).click();
  await expect(page).toHaveURL(/#[a-z]+day$/);
  await expect(days(page).nth(1).getByRole('heading', { level: 2 })).toBeInViewport();
});

test('has no accessibility problems that axe finds in the listing', async ({ page }) => {
  await page.goto('/schedule');
  await expect(onAirItem(page)).toHaveCount(1);
  const { violations } = await new AxeBuilder({ page }).include('main').analyze();
  expect(violations.map(({ id, nodes }) => `${id}: ${nodes[0]?.target.join(' ')}`)).toEqual([]);
});

test('has its own title and canonical URL', async ({ page }) => {
  await page.goto('/schedule');
  await expect(page).toHaveTitle(/^Programme schedule \|/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/schedule$/);
});

test.describe('a visitor whose computer is in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('sees the station times, and the show on air now highlighted', async ({ page, request }) => {
    const { before, after } = await onAirAround(request, () => page.goto('/schedule'));
    const text = (await onAirItem(page).textContent()) ?? '';
    // "11:00pm - 1:00am" (or "11:00pm GMT - 2:00am BST" across a clock change): London's times.
    const shownAt = ({ now }: OnAir) =>
      text.includes(formatTime(new Date(now.start))) &&
      text.includes(formatTime(new Date(now.end)));
    expect(shownAt(before) || shownAt(after)).toBe(true);
  });
});
