import { expect, test, type Page } from '@playwright/test';
import { inHtml, onAirAround } from './support/on-air';

const ARTICLE = '/news/gmp-welcomes-baroness-casey-recommendations';

const strip = (page: Page) => page.getByRole('region', { name: 'On air' });
const onAirNow = (page: Page) => strip(page).getByTestId('on-air-now');

/**
 * A Friday night in summer (BST, UTC+1) and in winter (GMT): the strip changes at each boundary
 * in an open tab with no reload, and a show crossing midnight stays one show with one range.
 */
for (const { season, friday, offsetHours } of [
  { season: 'summer', friday: '2026-07-10', offsetHours: 1 },
  { season: 'winter', friday: '2026-12-04', offsetHours: 0 },
]) {
  test(`follows the schedule across midnight on a ${season} Friday without a reload`, async ({
    page,
  }) => {
    const londonTime = (date: string, time: string) =>
      new Date(Date.parse(`${date}T${time}Z`) - offsetHours * 3600_000);
    // The fake clock ticks while the page loads (React's streaming reveals the strip on timers,
    // so it cannot be paused yet); a minute's margin, then it is paused ten seconds before 11pm.
    await page.clock.install({ time: londonTime(friday, '22:58:50') });
    await page.goto(ARTICLE);

    await expect(onAirNow(page)).toContainText('The Weekend Warm-Up 9:00pm - 11:00pm');
    await expect(strip(page).getByTestId('up-next')).toContainText('Late Night Love Songs 11:00pm');
    await page.clock.pauseAt(londonTime(friday, '22:59:50'));
    await expect(onAirNow(page)).toContainText('The Weekend Warm-Up 9:00pm - 11:00pm');

    await page.clock.runFor(10_000);
    await expect(onAirNow(page)).toContainText('Late Night Love Songs 11:00pm - 1:00am');

    await page.clock.runFor('59:50');
    await expect(onAirNow(page)).toContainText('Late Night Love Songs 11:00pm - 1:00am');
    await page.clock.runFor(10_000); // midnight: the same show, not split in two
    await expect(onAirNow(page)).toContainText('Late Night Love Songs 11:00pm - 1:00am');

    await page.clock.runFor('30:00');
    await expect(onAirNow(page)).toContainText('Late Night Love Songs 11:00pm - 1:00am');

    await page.clock.runFor('30:00'); // 01:00
    await expect(onAirNow(page)).toContainText('Overnight Oldham 1:00am - 7:00am');
    expect(page.url()).toContain(ARTICLE);
  });
}

test.describe('a visitor whose computer is in New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('sees the station times, labelled as UK time', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-04T23:30:00Z') });
    await page.goto('/');
    await expect(onAirNow(page)).toContainText('Late Night Love Songs 11:00pm - 1:00am UK time');
  });
});

test('the first HTML of a prerendered article names the show on air, without JavaScript', async ({
  request,
}) => {
  let html = '';
  const { shows } = await onAirAround(request, async () => {
    html = await (await request.get(ARTICLE)).text();
  });
  expect(shows.some((show) => html.includes(`>${inHtml(show)}</a>`))).toBe(true);
  expect(html).toContain('On Air Now');
});

test.describe('GET /api/on-air', () => {
  test('answers around midnight with London offsets', async ({ request }) => {
    const response = await request.get('/api/on-air?at=2026-12-05T00:00:10Z');
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({
      now: {
        show: 'Late Night Love Songs',
        start: '2026-12-04T23:00:00+00:00',
        end: '2026-12-05T01:00:00+00:00',
      },
      next: { show: 'Overnight Oldham', start: '2026-12-05T01:00:00+00:00' },
    });
  });

  test('answers across the spring and autumn clock changes', async ({ request }) => {
    const spring = await (await request.get('/api/on-air?at=2026-03-29T00:30:00Z')).json();
    expect(spring.now).toMatchObject({
      show: 'Late Night Love Songs',
      start: '2026-03-28T23:00:00+00:00',
      end: '2026-03-29T02:00:00+01:00',
    });
    const autumn = await (await request.get('/api/on-air?at=2026-10-25T00:30:00Z')).json();
    expect(autumn.now).toMatchObject({
      show: 'Overnight Oldham',
      start: '2026-10-25T01:00:00+01:00',
    });
    expect(autumn.next.start).toBe(autumn.now.end);
  });

  test('rejects a bad instant with a JSON 400', async ({ request }) => {
    for (const at of ['yesterday', '2026-13-01T00:00:00Z', '2026-11-28', '']) {
      const response = await request.get(`/api/on-air?at=${encodeURIComponent(at)}`);
      expect(response.status(), at).toBe(400);
      expect((await response.json()).error).toBeTruthy();
    }
  });
});
