import { expect, test, type Page } from '@playwright/test';
import { E2E_STATION_ENV } from './support/icecast';

/**
 * Security headers on every kind of response, and a Content-Security-Policy that the site's own
 * pages never trip: pages hydrate, the player streams, the live strip connects, and no
 * `securitypolicyviolation` event fires. Design: docs/adr/0002-content-security-policy-for-cached-pages.md.
 */
const GMP = '/news/gmp-welcomes-baroness-casey-recommendations';

const directivesOf = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );

test.describe('every response carries the security headers', () => {
  // The front door sets them on every response, Next's own redirects and errors included.
  for (const { path, status, method = 'GET' } of [
    { path: '/', status: 200 },
    { path: GMP, status: 200 },
    { path: '/news/no-such-story', status: 404 },
    { path: '/news/%ff', status: 404 },
    { path: '/news/', status: 308 },
    { path: '/news', status: 405, method: 'TRACE' },
    { path: '/api/on-air', status: 200 },
    { path: '/api/now-playing/events', status: 406 },
    { path: '/feed.xml', status: 200 },
    { path: '/shows/late-night-love-songs', status: 200 },
    { path: '/shows/late-night-love-songs.ics', status: 200 },
    { path: '/schedule.ics', status: 200 },
    { path: '/shows/no-such-show', status: 404 },
    { path: '/news/section/community', status: 200 },
    { path: '/news/tag/clock-change', status: 200 },
    { path: '/news/section/no-such-section', status: 404 },
    { path: '/news-sitemap.xml', status: 200 },
    { path: '/listen', status: 302 },
  ]) {
    test(`${method} ${path} (${status})`, async ({ request }) => {
      const response = await request.fetch(path, { method, maxRedirects: 0 });
      expect(response.status()).toBe(status);
      const headers = response.headers();
      expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toContain('camera=()');
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(headers['x-powered-by']).toBeUndefined();

      const policy = directivesOf(headers['content-security-policy'] ?? '');
      expect(policy.get('default-src')).toEqual(["'self'"]);
      for (const name of ['script-src', 'script-src-elem']) {
        const scripts = policy.get(name) ?? [];
        expect(scripts).toContain("'self'");
        expect(scripts).not.toContain("'unsafe-eval'");
        expect(scripts.some((source) => source.startsWith("'nonce-"))).toBe(false);
      }
      // Inline event handlers never run: the usual way injected markup would run code.
      expect(policy.get('script-src-attr')).toEqual(["'none'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      expect(policy.get('form-action')).toEqual(["'self'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
      expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'https:']);
      // The stream's origin: the running server's STREAM_URL, not one fixed at build.
      expect(policy.get('media-src')).toEqual([
        "'self'",
        new URL(E2E_STATION_ENV.STREAM_URL).origin,
      ]);
      expect(policy.has('upgrade-insecure-requests')).toBe(false);
    });
  }
});

type Violation = { directive: string; blocked: string; sample: string; source: string };
declare global {
  interface Window {
    __cspViolations: Violation[];
  }
}

/** Every `securitypolicyviolation` on the page, from before its first script runs. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: `${event.sourceFile}:${event.lineNumber}`,
      });
    });
  });
  return () => page.evaluate(() => window.__cspViolations);
}

const dock = (page: Page) => page.getByRole('region', { name: 'Radio player' });

test.describe('the Content-Security-Policy blocks nothing the site does', () => {
  for (const path of [
    '/',
    GMP,
    '/schedule',
    '/shows/late-night-love-songs',
    '/news/section/community',
    '/news/no-such-story',
  ]) {
    test(`on ${path}, while listening`, async ({ page }) => {
      const violations = await recordViolations(page);
      const events = page.waitForResponse((response) =>
        response.url().endsWith('/api/now-playing/events'),
      );
      await page.goto(path);
      // Enabled only once the player island has hydrated: the page's scripts ran.
      const listen = dock(page).getByRole('button', { name: 'Listen live', exact: true });
      await expect(listen).toBeEnabled();
      expect((await events).status()).toBe(200);
      await listen.click();
      await expect(dock(page).getByRole('status')).toHaveText('Playing', { timeout: 15_000 });
      await page.waitForTimeout(3_000); // the stream keeps arriving; track artwork, if any, loads
      expect(await violations()).toEqual([]);
    });
  }

  test('an injected inline event handler does not run', async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto(GMP);
    await expect(dock(page).getByRole('button', { name: 'Listen live' })).toBeEnabled();
    const ran = await page.evaluate(async () => {
      document.body.insertAdjacentHTML('beforeend', '<img src="/x.png" onerror="window.__ran=1">');
      await new Promise((resolve) => setTimeout(resolve, 500));
      return (window as Window & { __ran?: number }).__ran;
    });
    expect(ran).toBeUndefined();
    expect((await violations()).map((violation) => violation.directive)).toContain(
      'script-src-attr',
    );
  });

  test('across a client-side navigation to another article', async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto(GMP);
    await expect(dock(page).getByRole('button', { name: 'Listen live' })).toBeEnabled();
    const link = page
      .getByRole('region', { name: 'More from Oldham Reporter' })
      .getByRole('heading')
      .getByRole('link')
      .first();
    const title = (await link.textContent())!;
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    expect(await violations()).toEqual([]);
  });
});
