import { expect, test, type Page } from '@playwright/test';
import { wcagViolations } from './support/axe';

/**
 * WCAG 2.2 A and AA as axe-core checks them, on every kind of page, on a phone and on a desktop,
 * with the player playing (its busiest state) and the live strip filled in; the keyboard path a
 * listener takes; and no animation for visitors who ask for reduced motion.
 * @see https://www.w3.org/TR/WCAG22/
 */
const GMP = '/news/gmp-welcomes-baroness-casey-recommendations';

const dock = (page: Page) => page.getByRole('region', { name: 'Radio player' });
const playerButton = (page: Page, name: string) =>
  dock(page).getByRole('button', { name, exact: true });
const playerStatus = (page: Page) => dock(page).getByRole('status');

async function startListening(page: Page) {
  await playerButton(page, 'Listen live').click();
  await expect(playerStatus(page)).toHaveText('Playing', { timeout: 15_000 });
}

const pages = [
  { name: 'the home page', path: '/' },
  { name: 'an article', path: GMP },
  { name: 'the news index', path: '/news' },
  { name: 'the schedule', path: '/schedule' },
  { name: 'the list of shows', path: '/shows' },
  { name: 'a show', path: '/shows/late-night-love-songs' },
  { name: 'what played today', path: '/played' },
  { name: 'a section', path: '/news/section/community' },
  { name: 'a tag', path: '/news/tag/clock-change' },
  { name: 'the 404 page', path: '/news/no-such-story' },
  // An episode's page (listen again) needs a recorded airing: e2e/listen-again.spec.ts checks it.
];

for (const viewport of [
  { width: 375, height: 812 },
  { width: 1280, height: 900 },
]) {
  test.describe(`at ${viewport.width} px wide`, () => {
    test.use({ viewport });

    for (const { name, path } of pages) {
      test(`${name} has no WCAG 2.2 A/AA violations while the player plays`, async ({ page }) => {
        await page.goto(path);
        const strip = page.getByRole('region', { name: 'On air' });
        await expect(strip.getByTestId('on-air-now')).toContainText(/\S/);
        await expect(strip.getByTestId('now-playing')).toContainText(/\S/);
        await startListening(page);
        expect(await wcagViolations(page)).toEqual([]);
      });
    }
  });
}

test('a keyboard alone starts and stops the radio, then reaches "More from Oldham Reporter"', async ({
  page,
}) => {
  await page.goto(GMP);
  const listen = playerButton(page, 'Listen live');
  await expect(listen).toBeEnabled();

  const focusIsOn = (locator: ReturnType<Page['locator']>) =>
    locator.evaluate((el) => el.contains(document.activeElement));
  const outlineOfFocus = () =>
    page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);

  let presses = 0;
  while (!(await focusIsOn(listen)) && presses++ < 200) await page.keyboard.press('Tab');
  await expect(listen).toBeFocused();
  expect(await outlineOfFocus()).not.toBe('none');

  await page.keyboard.press('Enter');
  await expect(playerStatus(page)).toHaveText('Playing', { timeout: 15_000 });
  await expect(playerButton(page, 'Stop')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(playerStatus(page)).toHaveText('Stopped');
  await expect(playerButton(page, 'Listen live')).toBeFocused();

  // On past the player's other controls and round to the top of the page: no keyboard trap.
  // The first story's headline (its section label comes just before it).
  const more = page.getByRole('region', { name: 'More from Oldham Reporter' });
  const focused = more.getByRole('heading').getByRole('link').first();
  presses = 0;
  while (!(await focusIsOn(focused)) && presses++ < 200) await page.keyboard.press('Tab');
  await expect(focused).toBeFocused();
  expect(await outlineOfFocus()).not.toBe('none');
  const title = (await focused.textContent())!;
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test.describe('with prefers-reduced-motion: reduce', () => {
  /** CSS animations and transitions in progress on the page. */
  const runningAnimations = (page: Page) =>
    page.evaluate(() =>
      document
        .getAnimations()
        .filter((animation) => animation.playState === 'running')
        .map((animation) => {
          const target = (animation.effect as KeyframeEffect | null)?.target;
          const name =
            animation instanceof CSSAnimation
              ? animation.animationName
              : animation instanceof CSSTransition
                ? `transition of ${animation.transitionProperty}`
                : animation.id;
          return `${name} on <${target?.tagName.toLowerCase()} class="${target?.getAttribute('class')}">`;
        }),
    );

  for (const path of ['/', GMP, '/schedule']) {
    test(`nothing moves on ${path}, while listening`, async ({ page }) => {
      // Control: with motion allowed, the "Playing" dot pulses, so the check below can see one.
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      await page.goto(path);
      await startListening(page);
      await expect.poll(() => runningAnimations(page)).not.toEqual([]);

      await page.emulateMedia({ reducedMotion: 'reduce' });
      await expect.poll(() => runningAnimations(page)).toEqual([]);
      // Nothing is left that would run the next time a state changes.
      const moving = await page.evaluate(() =>
        [...document.querySelectorAll('*')]
          .map((el) => ({ el, style: getComputedStyle(el) }))
          .filter(
            ({ style }) =>
              (style.animationName !== 'none' && parseFloat(style.animationDuration) > 0.001) ||
              style.transitionDuration.split(',').some((d) => parseFloat(d) > 0.001),
          )
          .map(({ el }) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class')}">`),
      );
      expect(moving).toEqual([]);
    });
  }
});
