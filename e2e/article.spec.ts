import { expect, test } from '@playwright/test';

const GMP = '/news/gmp-welcomes-baroness-casey-recommendations';

test.describe('the GMP statement', () => {
  test('reads as a news article: headline, captioned photo, quotations', async ({ page }) => {
    await page.goto(GMP);
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: "GMP welcomes Baroness Casey's recommendations following review into CSE",
      }),
    ).toBeVisible();
    const lead = page.getByRole('figure').first();
    await expect(lead.getByRole('img')).toHaveAttribute('alt', /Photograph not available/);
    await expect(lead).toContainText('Assistant Chief Constable Steph Parker.');
    await expect(lead).toContainText('Placeholder image: Oldham Reporter');

    const quotes = page.locator('article blockquote');
    await expect(quotes).toHaveCount(2);
    await expect(quotes.first()).toContainText('We welcome Baroness Louise Casey’s report');
    await expect(quotes.last()).toContainText('hold those accountable for these vile crimes.');
    await expect(
      page
        .locator('article figcaption')
        .filter({ hasText: '— Assistant Chief Constable Steph Parker' }),
    ).toHaveCount(2);

    const published = page.locator('article header time').first();
    await expect(published).toHaveAttribute('datetime', '2025-06-16T12:00:00+01:00');
    await expect(published).toHaveText('Mon 16 Jun 2025 12.00 BST');
  });

  test('carries NewsArticle structured data', async ({ page }) => {
    await page.goto(GMP);
    const json = await page.locator('script[type="application/ld+json"]').first().textContent();
    const data = JSON.parse(json ?? '{}');
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toContain('Baroness Casey');
    expect(data.datePublished).toBe('2025-06-16T12:00:00+01:00');
    expect(data.publisher.name).toBe('Oldham Reporter');
    expect(data.mainEntityOfPage['@id']).toMatch(
      /\/news\/gmp-welcomes-baroness-casey-recommendations$/,
    );
    // Its picture is a placeholder: search engines get the article's own headline card.
    expect(data.image[0]).toMatch(
      /\/news\/gmp-welcomes-baroness-casey-recommendations\/opengraph-image$/,
    );
  });

  test('has a canonical URL and an Open Graph image that is a 1200×630 PNG', async ({
    page,
    request,
  }) => {
    await page.goto(GMP);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`${GMP}$`),
    );
    const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(ogImage).toBeTruthy();
    const response = await request.get(new URL(ogImage!).pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

test('"More from Oldham Reporter" links open other articles', async ({ page }) => {
  await page.goto(GMP);
  const more = page.getByRole('region', { name: 'More from Oldham Reporter' });
  const links = more.getByRole('heading').getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(4);
  // Each card's section label leads to its section.
  await expect(more.locator('a[href^="/news/section/"]')).toHaveCount(await links.count());
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/news\/[a-z0-9-]+$/);
    expect(href).not.toBe(GMP);
  }
  const first = links.first();
  const title = (await first.textContent())!;
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('region', { name: 'More from Oldham Reporter' })).toBeVisible();
});

test('the RSS feed parses, runs newest first and lists the GMP article', async ({
  page,
  request,
}) => {
  const response = await request.get('/feed.xml');
  expect(response.headers()['content-type']).toContain('application/rss+xml');
  const xml = await response.text();
  await page.goto('/news');
  const items = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    if (doc.querySelector('parsererror')) throw new Error('feed is not well-formed XML');
    if (doc.documentElement.getAttribute('version') !== '2.0') throw new Error('not RSS 2.0');
    const dc = 'http://purl.org/dc/elements/1.1/';
    return [...doc.querySelectorAll('item')].map((item) => ({
      title: item.querySelector('title')?.textContent,
      link: item.querySelector('link')?.textContent,
      date: Date.parse(item.querySelector('pubDate')?.textContent ?? ''),
      // RSS 2.0's <author> is an e-mail address: bylines are Dublin Core creators.
      author: item.querySelector('author'),
      creator: item.getElementsByTagNameNS(dc, 'creator')[0]?.textContent,
      enclosureType: item.querySelector('enclosure')?.getAttribute('type'),
      enclosureUrl: item.querySelector('enclosure')?.getAttribute('url'),
      enclosureLength: item.querySelector('enclosure')?.getAttribute('length'),
    }));
  }, xml);
  let sized = 0;
  for (const item of items) {
    expect(item.author).toBeNull();
    expect(item.creator).toBeTruthy();
    if (item.enclosureType) expect(item.enclosureType).toMatch(/^image\/(svg\+xml|png|jpeg|webp)$/);
    // An image file's enclosure says how many bytes the site serves for it (a headline card, 0).
    const { pathname } = new URL(item.enclosureUrl!);
    if (pathname.endsWith('/opengraph-image')) continue;
    const image = await request.get(pathname);
    expect(image.status()).toBe(200);
    expect(Number(item.enclosureLength), pathname).toBe((await image.body()).length);
    sized++;
  }
  expect(sized).toBeGreaterThan(0);
  expect(items.length).toBeGreaterThanOrEqual(7);
  expect(items.map((i) => i.date)).toEqual([...items.map((i) => i.date)].sort((a, b) => b - a));
  const gmp = items.find((i) =>
    i.link?.endsWith('/news/gmp-welcomes-baroness-casey-recommendations'),
  );
  expect(gmp?.title).toBe(
    "GMP welcomes Baroness Casey's recommendations following review into CSE",
  );
  expect(gmp?.enclosureType).toBe('image/png');
});

test('an unknown article gives the 404 page with a 404 status', async ({ page }) => {
  const response = await page.goto('/news/no-such-story');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('the news index pages through every article, newest first, and 404s past the end', async ({
  page,
}) => {
  await page.goto('/news');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('News, page 1 of 2');
  const pages = page.getByRole('navigation', { name: 'News pages' });
  await expect(pages.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
  const firstPage = await page
    .locator('main time:visible')
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  await pages.getByRole('link', { name: 'Page 2' }).click();
  await expect(page).toHaveURL(/\/news\/page\/2$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('News, page 2 of 2');
  const secondPage = await page
    .locator('main time:visible')
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  const all = [...firstPage, ...secondPage].map(Date.parse);
  expect(all).toEqual([...all].sort((a, b) => b - a));
  expect((await page.goto('/news/page/99'))?.status()).toBe(404);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('sitemap and robots are served', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/news/gmp-welcomes-baroness-casey-recommendations</loc>');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
});
