import { XMLParser } from 'fast-xml-parser';
import { expect, test, type Page } from '@playwright/test';
import { ports } from './support/env';
import { clockStartingAt, startSiteServer } from './support/site-server';

/**
 * A reader who arrives on a phone from a shared link: slim live chrome, the story at once, a way
 * to pass it on, and the section and tag pages that lead to more; and the news sitemap that
 * brings such readers in the first place.
 */
const GMP = '/news/gmp-welcomes-baroness-casey-recommendations';
const CLOCKS = '/news/clocks-go-back-winter-schedule';

/** Where things are on the article page, in CSS pixels from the top of the document. */
async function articleLayout(page: Page) {
  return page.evaluate(() => {
    const box = (element: Element | null) => element!.getBoundingClientRect();
    const header = box(document.querySelector('body > header, header[role="banner"], body header'));
    const strip = box(document.querySelector('section[aria-label="On air"]'));
    const dock = box(document.querySelector('section[aria-label="Radio player"]'));
    const article = document.querySelector('main article')!;
    const standfirst = article.querySelector('h1 + p');
    const firstParagraph = article.querySelector('[data-article-body] > p, .prose > p');
    return {
      chrome: Math.max(header.bottom, strip.bottom) - Math.min(header.top, strip.top),
      dock: dock.height,
      standfirstBottom: box(standfirst).bottom + scrollY,
      bodyStart: box(firstParagraph).top + scrollY,
    };
  });
}

for (const viewport of [
  { width: 360, height: 640 },
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
]) {
  test(`at ${viewport.width} × ${viewport.height} the story starts soon after slim chrome`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize(viewport);
    await page.goto(GMP);
    await expect(page.getByRole('button', { name: 'Listen live', exact: true })).toBeEnabled();
    const layout = await articleLayout(page);
    await testInfo.attach(`article at ${viewport.width}`, {
      body: await page.screenshot(),
      contentType: 'image/png',
    });
    testInfo.annotations.push({ type: 'layout', description: JSON.stringify(layout) });
    if (viewport.width < 640) {
      // Masthead and live strip together; the dock is one slim row.
      expect(layout.chrome).toBeLessThanOrEqual(120);
      expect(layout.dock).toBeLessThanOrEqual(72);
      // Headline and standfirst on the first screen, above the dock; the body within 1.3 screens.
      expect(layout.standfirstBottom).toBeLessThanOrEqual(viewport.height - layout.dock);
      expect(layout.bodyStart).toBeLessThanOrEqual(1.3 * viewport.height);
    } else {
      expect(layout.chrome).toBeLessThanOrEqual(160);
      expect(layout.bodyStart).toBeLessThanOrEqual(1.4 * viewport.height);
    }
  });
}

test('on a phone the one-line strip opens to the whole strip, keeping its names and live region', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(GMP);
  const strip = page.getByRole('region', { name: 'On air' });
  const toggle = strip.getByRole('button', { name: 'More about what is on air' });
  await expect(toggle).toBeEnabled();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  // Closed: the show's name and the track, on one line; up next is hidden.
  await expect(strip.getByTestId('on-air-now').getByRole('link')).toBeVisible();
  await expect(strip.getByTestId('now-playing')).toBeVisible();
  await expect(strip.getByTestId('up-next')).toBeHidden();
  const closed = (await strip.boundingBox())!.height;

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(strip.getByText('On Air Now', { exact: true })).toBeVisible();
  await expect(strip.getByTestId('up-next')).toBeVisible();
  await expect(strip.getByText('UK time').first()).toBeVisible();
  expect((await strip.boundingBox())!.height).toBeGreaterThan(closed);
  await page.keyboard.press('Enter'); // focus stays on the toggle: it closes again
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  // The masthead's links are one "Menu" away, and it closes on Escape.
  const menu = page.getByRole('banner').getByText('Menu', { exact: true });
  await menu.click();
  const schedule = page.getByRole('banner').getByRole('link', { name: 'Schedule' });
  await expect(schedule).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(schedule).toBeHidden();
});

test('a focused control is never under the player dock', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(GMP);
  await expect(page.getByRole('button', { name: 'Listen live', exact: true })).toBeEnabled();
  const dockTop = (await page.getByRole('region', { name: 'Radio player' }).boundingBox())!.y;
  // Every link in the article, in turn, scrolled to by the keyboard.
  const share = page.getByRole('region', { name: 'Share this story' });
  for (const link of await share.getByRole('link').all()) {
    await link.focus();
    const box = (await link.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(dockTop);
  }
});

test.describe('sharing a story', () => {
  test('links for the usual networks and email carry the story’s address, with no third-party script', async ({
    page,
  }) => {
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(new URL(page.url() || 'http://127.0.0.1').origin)) {
        outside.push(request.url());
      }
    });
    await page.goto(GMP);
    const share = page.getByRole('region', { name: 'Share this story' });
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(/^https:\/\/.+\/news\/gmp-welcomes/);
    const encoded = encodeURIComponent(canonical!);
    for (const [name, host] of [
      ['Facebook', 'www.facebook.com'],
      ['X', 'x.com'],
      ['WhatsApp', 'wa.me'],
      ['Bluesky', 'bsky.app'],
      ['LinkedIn', 'www.linkedin.com'],
    ] as const) {
      const link = share.getByRole('link', { name: new RegExp(`^${name}\\b`) });
      const href = (await link.getAttribute('href'))!;
      expect(new URL(href).host, name).toBe(host);
      expect(href, name).toContain(encoded);
      expect(await link.getAttribute('target'), name).toBe('_blank');
      expect(await link.getAttribute('rel'), name).toContain('noopener');
    }
    const email = (await share.getByRole('link', { name: /^Email\b/ }).getAttribute('href'))!;
    expect(email).toMatch(/^mailto:\?subject=/);
    expect(decodeURIComponent(email)).toContain(canonical!);
    expect(outside.filter((url) => !url.startsWith('http://127.0.0.1'))).toEqual([]);
  });

  test('“Copy link” puts the address on the clipboard and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(GMP);
    const share = page.getByRole('region', { name: 'Share this story' });
    const copy = share.getByRole('button', { name: 'Copy link' });
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect(share.getByRole('status')).toHaveText('Link copied to the clipboard');
    await expect(share.getByRole('button', { name: 'Link copied' })).toBeFocused();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
  });

  test('where the browser can share, “Share…” opens its share sheet with the story', async ({
    page,
  }) => {
    // Debian's Chromium has no share sheet on Linux: stand in for the device's.
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: async (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
        },
      });
    });
    await page.goto(GMP);
    const share = page.getByRole('region', { name: 'Share this story' });
    await share.getByRole('button', { name: 'Share…' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
    expect(shared.title).toBe(await page.getByRole('heading', { level: 1 }).textContent());
    expect(shared.url).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
  });

  test('without the share sheet there is no “Share…” button', async ({ page }) => {
    await page.goto(GMP);
    const share = page.getByRole('region', { name: 'Share this story' });
    await expect(share.getByRole('link', { name: /^Email\b/ })).toBeVisible();
    await expect(share.getByRole('button', { name: 'Share…' })).toHaveCount(0);
  });
});

test('without JavaScript a phone reads the home page, a story, a show and a section, and follows their links', async ({
  browser,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 375, height: 812 },
  });
  const page = await context.newPage();
  try {
    // Home: the lead story's headline is a link to it.
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'On air' })).toContainText(/\S/);
    const lead = page
      .getByRole('main')
      .getByRole('heading', { level: 2 })
      .first()
      .getByRole('link');
    const headline = (await lead.textContent())!.trim();
    await lead.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);

    // The story, its body, and the feed of others that links on.
    await page.goto(GMP);
    await expect(page.getByRole('main').locator('article').first()).toContainText(
      'Greater Manchester Police’s lead for Vulnerability and Public Protection',
    );
    const more = page.getByRole('region', { name: 'More from Oldham Reporter' });
    const other = more.getByRole('link').first();
    const otherHref = await other.getAttribute('href');
    await other.click();
    await expect(page).toHaveURL(otherHref!);

    // The masthead's links: the phone's Menu is a <details>, which opens without a script.
    await page.getByRole('banner').getByText('Menu', { exact: true }).click();
    await page
      .getByRole('navigation', { name: 'Primary' })
      .getByRole('link', { name: 'Shows' })
      .first()
      .click();
    await expect(page).toHaveURL('/shows');

    // A show says when it is next on, as the server wrote it.
    await page.goto('/shows/drivetime');
    await expect(page.getByTestId('next-airing')).toHaveText(
      /^(On air now, until \d{1,2}:\d{2}[ap]m UK time|Next on \w{3} \d{1,2} \w{3}, \d{1,2}:\d{2}[ap]m - \d{1,2}:\d{2}[ap]m UK time)$/,
    );

    // A section lists its stories, each a link.
    await page.goto('/news/section/community');
    const story = page.getByRole('main').locator('article').first().getByRole('link').first();
    const storyHref = await story.getAttribute('href');
    await story.click();
    await expect(page).toHaveURL(storyHref!);
  } finally {
    await context.close();
  }
});

test('the section label and tag chips lead to their listings, newest first', async ({ page }) => {
  await page.goto(CLOCKS);
  const article = page.getByRole('main').locator('article').first();
  const tag = article.getByRole('link', { name: /clock change/i });
  await tag.click();
  await expect(page).toHaveURL('/news/tag/clock-change');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('clock change', {
    ignoreCase: true,
  });
  await expect(page.getByRole('link', { name: /Clocks go back/ }).first()).toBeVisible();

  await page.goto(CLOCKS);
  const section = await article.getByRole('link').first().textContent();
  await article.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/news\/section\/[a-z-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(section!.trim(), {
    ignoreCase: true,
  });
  const dates = await page
    .getByRole('main')
    .locator('article time')
    // Next.js keeps the page left behind in the document, hidden, for going back to it.
    .filter({ visible: true })
    .evaluateAll((times) => times.map((time) => Date.parse(time.getAttribute('datetime')!)));
  expect(dates.length).toBeGreaterThan(0);
  expect([...dates].sort((a, b) => b - a)).toEqual(dates);

  // Cached like every page, and an unknown section is a 404.
  const response = await page.request.get('/news/tag/clock-change');
  expect(response.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  expect((await page.request.get('/news/section/no-such-section')).status()).toBe(404);
  expect(
    (await page.request.get('/news/tag/clock-change/page/1', { maxRedirects: 0 })).status(),
  ).toBe(308);
});

test('the sitemaps: every section and tag, and a news sitemap of the last 48 hours', async ({
  request,
}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/news/section/community</loc>');
  expect(sitemap).toContain('/news/tag/clock-change</loc>');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https:\/\/\S+\/news-sitemap\.xml$/m);

  // A server whose clock reads the day after "Community noticeboard" was published (20 Nov
  // 2026, 09:30): that story is news, and the one from ten days before it is not.
  const site = await startSiteServer(ports.site + 94, clockStartingAt('2026-11-21 12:00:00'));
  try {
    let xml = '';
    // Once the server has marked the build's copy out of date (as it starts), as of its clock.
    await expect(async () => {
      const response = await fetch(`${site.url}/news-sitemap.xml`);
      expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
      xml = await response.text();
      expect(xml).toContain('community-noticeboard');
    }).toPass({ timeout: 20_000 });
    const parsed = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === 'url',
    }).parse(xml);
    expect(parsed.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(parsed.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(parsed.urlset.url).toHaveLength(1);
    const [url] = parsed.urlset.url;
    expect(url.loc).toMatch(/^https:\/\/.+\/news\/community-noticeboard-get-your-event-on-air$/);
    expect(url['news:news']['news:publication']).toEqual({
      'news:name': 'Oldham Reporter',
      'news:language': 'en',
    });
    expect(new Date(url['news:news']['news:publication_date']).toISOString()).toBe(
      '2026-11-20T09:30:00.000Z',
    );
    expect(url['news:news']['news:title']).toMatch(/^Community noticeboard/);
  } finally {
    await site.stop();
  }
});
