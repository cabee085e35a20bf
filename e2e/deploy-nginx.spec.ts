import { spawnSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { expect, test, type BrowserContext, type Locator } from '@playwright/test';
import { startRedisServer, type TestRedis } from '../servers/redis';
import { pushTrack } from './support/push';
import { ports } from './support/env';
import { startNginx } from './support/nginx';
import { expectRefusedOnceEmptied } from './support/rate-limit';
import { startSiteServer, type SiteServer } from './support/site-server';

// No trace here: the last test's twenty pages took DOM snapshots on every step, a third of its
// time on a busy machine. A failure still keeps its screenshots and what each check received.
test.use({ trace: 'off' });

/**
 * The deployment recipe (docs/deploy.md), run as written: nginx with docs/deploy/nginx.conf in
 * front of two instances on one Redis, each serving the live channel on its LIVE_PORT, with
 * TRUSTED_PROXIES=127.0.0.1 (nginx's address). A reader gets pages (kept by nginx as the site's headers say) and a live
 * channel that a push reaches through the proxy.
 */
test.describe.configure({ mode: 'serial' });

const SITE_PORTS: [number, number] = [ports.site + 110, ports.site + 111];
const LIVE_PORTS: [number, number] = [ports.site + 112, ports.site + 113];

let redis: TestRedis;
let nginx: Awaited<ReturnType<typeof startNginx>>;
const sites: SiteServer[] = [];

test.beforeAll(async () => {
  redis = await startRedisServer();
  for (const [i, port] of SITE_PORTS.entries()) {
    sites.push(
      await startSiteServer(port, {
        REDIS_URL: redis.url,
        LIVE_PORT: String(LIVE_PORTS[i]),
        TRUSTED_PROXIES: '127.0.0.1',
      }),
    );
  }
  nginx = await startNginx({ listen: ports.site + 114, sites: SITE_PORTS, live: LIVE_PORTS });
});
test.afterAll(async () => {
  await nginx?.stop();
  for (const site of sites) await site.stop();
  await redis?.stop();
});

test('pages come through nginx with the site’s cache headers, and nginx keeps them', async () => {
  const direct = await fetch(`${sites[0]!.url}/news`);
  const first = await fetch(`${nginx.url}/news`);
  expect(first.status).toBe(200);
  expect(await first.text()).toContain('Oldham Reporter');
  // The same directives; the lifetimes may differ, as each instance rendered the page at its own
  // time and a page lives until the next show boundary.
  const directives = (response: Response) =>
    response.headers.get('cache-control')?.replace(/\d+/g, 'N');
  expect(directives(first)).toBe(directives(direct));
  expect(first.headers.get('cache-control')).toMatch(/s-maxage=\d+/);
  await expect
    .poll(async () => (await fetch(`${nginx.url}/news`)).headers.get('x-cache-status'))
    .toBe('HIT');
  // What must not be kept is not: the API answers from the instances every time.
  const api = await fetch(`${nginx.url}/api/now-playing`);
  expect(api.headers.get('cache-control')).toBe('no-store');
  expect(api.headers.get('x-cache-status')).not.toBe('HIT');
});

test('a page’s live channel through nginx receives a push at once', async ({ page }) => {
  const connected = page.waitForResponse((response) =>
    response.url().endsWith('/api/now-playing/events'),
  );
  await page.goto(`${nginx.url}/news`);
  expect((await connected).status()).toBe(200);
  await expect(page.getByRole('button', { name: 'Listen live' })).toBeEnabled();

  const title = `Through nginx ${Date.now()}`;
  const pushed = await pushTrack(nginx.url, { artist: 'The Recipe', title });
  expect(pushed.status).toBe(200);
  await expect(
    page.getByRole('region', { name: 'On air' }).getByTestId('now-playing'),
  ).toContainText(title);
});

test('an event stream read through nginx gets each event as it is sent, not buffered', async () => {
  const abort = new AbortController();
  const response = await fetch(`${nginx.url}/api/now-playing/events`, {
    headers: { accept: 'text/event-stream' },
    signal: abort.signal,
  });
  expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = decoder.decode((await reader.read()).value);
  expect(text).toMatch(/^retry: 2000/);
  const title = `Unbuffered ${Date.now()}`;
  await pushTrack(sites[1]!.url, { artist: 'The Recipe', title });
  while (!text.includes(title)) text += decoder.decode((await reader.read()).value);
  abort.abort();
});

test('the deploy step empties nginx’s cache: the next request goes to the instances', async () => {
  const status = async () => (await fetch(`${nginx.url}/feed.xml`)).headers.get('x-cache-status');
  await expect.poll(status).toBe('HIT');
  const purge = spawnSync('bash', ['scripts/deploy/purge-proxy-cache.sh', nginx.cacheDir], {
    encoding: 'utf8',
  });
  expect(purge.status, purge.stderr).toBe(0);
  expect(await status()).toBe('MISS');
  expect(await status()).toBe('HIT');
});

test('nginx’s own error answers carry security headers too', async () => {
  const tooBig = await fetch(`${nginx.url}/api/now-playing`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: 'x'.repeat(2 * 1024 * 1024),
  });
  const tooLong = await fetch(`${nginx.url}/news/${'a'.repeat(20_000)}`);
  const hugeHeader = await fetch(`${nginx.url}/news`, { headers: { 'x-big': 'b'.repeat(20_000) } });
  for (const [response, status] of [
    [tooBig, 413],
    [tooLong, 414],
    [hugeHeader, 400],
  ] as const) {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    await response.arrayBuffer();
  }
  // An instance's own error passes as it is: the site's policy, not the proxy's.
  const unauthorised = await fetch(`${nginx.url}/api/alerts`, { method: 'POST', body: '{}' });
  expect(unauthorised.status).toBe(401);
  expect(unauthorised.headers.get('content-security-policy')).toContain("default-src 'self'");
});

/** A POST to nginx from a loopback address of the reader's own (not the proxy's 127.0.0.1). */
function postFrom(localAddress: string, path: string, headers: Record<string, string>) {
  return new Promise<number>((resolve, reject) => {
    const request = httpRequest(
      `${nginx.url}${path}`,
      { method: 'POST', localAddress, headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on('error', reject);
    request.end('{}');
  });
}

test('behind nginx, the instances see the reader’s address, not the proxy’s', async () => {
  // TRUSTED_PROXIES=127.0.0.1: the rate limit counts the address nginx saw (here 127.0.0.3), and
  // a client's own X-Forwarded-For entry does not buy it a fresh allowance.
  await expectRefusedOnceEmptied((i) =>
    postFrom('127.0.0.3', '/api/alerts', { 'x-forwarded-for': `203.0.113.${i % 250}` }),
  );
  // Another reader behind the same proxy has an allowance of its own.
  expect(await postFrom('127.0.0.4', '/api/alerts', {})).toBe(401);
});

// Last in this file: it kills an instance.
test.describe(() => {
  const READERS = 20;

  test(`after one instance is killed, ${READERS} open pages all get the next push through nginx`, async ({
    browser,
  }) => {
    // A page costs about a second of main-thread work to open here, several with the machine
    // busy: the budget grows with the readers, and they open four at a time, not all at once.
    test.setTimeout(READERS * 20_000);
    const title = (label: string) => `${label} ${Date.now()}`;
    const push = (text: string) => pushTrack(nginx.url, { artist: 'The Failover', title: text });
    // Every answer a page's live channel got through nginx, in order.
    const answers: number[] = [];
    const contexts: BrowserContext[] = [];
    const open = async () => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      page.on('response', (response) => {
        if (response.url().includes('/api/now-playing/events')) answers.push(response.status());
      });
      const connected = page.waitForResponse((r) => r.url().includes('/api/now-playing/events'));
      await page.goto(`${nginx.url}/news`, { waitUntil: 'domcontentloaded' });
      await connected;
      return page.getByRole('region', { name: 'On air' }).getByTestId('now-playing');
    };
    try {
      const strips: Locator[] = [];
      while (strips.length < READERS) strips.push(...(await Promise.all([1, 2, 3, 4].map(open))));

      const before = title('Before the crash');
      expect((await push(before)).status).toBe(200);
      for (const strip of strips) await expect(strip).toContainText(before);

      await sites[0]!.kill();
      // The pages whose stream went with the killed instance reconnect by themselves through
      // nginx to the other one, which replays what they missed: the push need not wait for them.
      const after = title('After the crash');
      expect((await push(after)).status).toBe(200);
      for (const strip of strips) await expect(strip).toContainText(after);
      // nginx passed every reconnection to the live instance: no page was turned away.
      expect(answers.filter((status) => status !== 200)).toEqual([]);
    } finally {
      for (const context of contexts) await context.close();
    }
  });
});
