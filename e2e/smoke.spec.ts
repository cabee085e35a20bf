import { expect, test } from '@playwright/test';

/**
 * What must work on every supported Node.js: scripts/test.sh runs this file on Node 24 as well,
 * against a build and a `next start` made by Node 24, with the play history in SQLite.
 */
const GMP = '/news/gmp-welcomes-baroness-casey-recommendations';

test('the home page shows the news, the show on air and the track playing', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Oldham Reporter');
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
  const strip = page.getByRole('region', { name: 'On air' });
  await expect(strip.getByTestId('on-air-now')).toContainText(/\S/);
  await expect(strip.getByTestId('now-playing')).toContainText(/\S — \S/);
});

test('an article reads, and Listen live plays the station', async ({ page }) => {
  await page.goto(GMP);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Baroness Casey');
  const dock = page.getByRole('region', { name: 'Radio player' });
  await dock.getByRole('button', { name: 'Listen live', exact: true }).click();
  await expect(dock.getByRole('status')).toHaveText('Playing', { timeout: 15_000 });
  const played = () =>
    page
      .locator('audio[data-player="live"]')
      .evaluate((audio: HTMLAudioElement) => audio.currentTime);
  await expect.poll(played, { timeout: 10_000 }).toBeGreaterThan(1);
});
