import { expect, test, type Page } from '@playwright/test';
import { Redis } from 'ioredis';
import { startRedisServer, type TestRedis } from '../servers/redis';
import { pushTrack } from './support/push';
import { ports } from './support/env';
import { E2E_STATION_ENV } from './support/icecast';
import { health, startSiteServer, type SiteServer } from './support/site-server';

/**
 * Two `next start` instances of the build on one real Redis (REDIS_URL), as a station that has
 * outgrown one server runs them: a change accepted by either reaches the pages open on both;
 * exactly one polls the test station's Icecast, and the other takes over when it dies; Redis
 * restarting loses nothing and costs readers nothing. Both poll the shared test station's
 * status only (no STREAM_URL: they add no listener to it).
 */
test.describe.configure({ mode: 'serial' });

let redis: TestRedis;
const sites: SiteServer[] = [];
const PORTS = [ports.site + 100, ports.site + 101];
const env = () => ({
  REDIS_URL: redis.url,
  ICECAST_STATUS_URL: E2E_STATION_ENV.ICECAST_STATUS_URL,
  ICECAST_MOUNT: E2E_STATION_ENV.ICECAST_MOUNT,
});

test.beforeAll(async () => {
  redis = await startRedisServer();
  for (const port of PORTS) sites.push(await startSiteServer(port, env()));
});
test.afterAll(async () => {
  for (const site of sites) await site.stop();
  await redis?.stop();
});

const strip = (page: Page) =>
  page.getByRole('region', { name: 'On air' }).getByTestId('now-playing');

const push = (site: SiteServer, title: string) =>
  pushTrack(site.url, { artist: 'Two Servers', title });

/** A page on `site` whose live channel is connected (its first frame has arrived). */
async function openPage(page: Page, site: SiteServer) {
  const connected = page.waitForResponse((response) =>
    response.url().endsWith('/api/now-playing/events'),
  );
  await page.goto(`${site.url}/news`);
  await connected;
  await expect(page.getByRole('button', { name: 'Listen live' })).toBeEnabled();
}

type Snapshot = {
  current: { id: number; title: string } | null;
  history: { id: number; artist: string; title: string; offAir?: true }[];
};
const nowPlaying = async (site: SiteServer) =>
  (await (await fetch(`${site.url}/api/now-playing`)).json()) as Snapshot;

test('a push to one instance shows on a page open on the other, without a reload', async ({
  browser,
}) => {
  const [a, b] = sites as [SiteServer, SiteServer];
  const pageB = await browser.newPage();
  await openPage(pageB, b);
  const title = `Pushed to A ${Date.now()}`;
  expect((await push(a, title)).status).toBe(200);
  // Pushed: nothing on the page polls. How fast is for `npm run bench` (sse-fanout).
  await expect(strip(pageB)).toContainText(title);
  expect(await nowPlaying(b)).toEqual(await nowPlaying(a));
  // B's cached pages were regenerated too: a reader without JavaScript gets the new track.
  await expect
    .poll(async () => (await (await fetch(`${b.url}/news`)).text()).includes(title), {
      timeout: 10_000,
    })
    .toBe(true);
  await pageB.close();
});

test('exactly one instance polls the station, and the other takes over when it dies', async () => {
  await expect
    .poll(async () =>
      (await Promise.all(sites.map((site) => health(site.url)))).map((h) => h.polling),
    )
    .toContainEqual(true);
  const states = await Promise.all(sites.map((site) => health(site.url)));
  expect(states.filter((state) => state.polling)).toHaveLength(1);
  expect(states.every((state) => state.store === 'redis' && state.redis === 'up')).toBe(true);

  const index = states.findIndex((state) => state.polling);
  const poller = sites[index]!;
  const other = sites[1 - index]!;
  await poller.kill(); // a crash: it gives nothing up, its lease runs out
  await expect.poll(async () => (await health(other.url)).polling, { timeout: 10_000 }).toBe(true);
  sites[index] = await startSiteServer(PORTS[index]!, env());
  expect((await health(sites[index]!.url)).polling).toBe(false);
});

test('while Redis restarts, readers are served and writers told to retry; then pushes reach everyone', async ({
  browser,
}) => {
  const [a, b] = sites as [SiteServer, SiteServer];
  const pages = [await browser.newPage(), await browser.newPage()];
  await openPage(pages[0]!, a);
  await openPage(pages[1]!, b);
  const before = await nowPlaying(b);

  await redis.halt();
  await expect.poll(async () => (await health(a.url)).redis).toBe('down');
  const refused = await push(a, 'While Redis is down');
  expect(refused.status).toBe(503);
  expect(refused.headers.get('retry-after')).toBe('5');
  expect(await refused.json()).toMatchObject({ error: expect.any(String) });
  const reading = await fetch(`${b.url}/api/now-playing`);
  expect(reading.status).toBe(200);
  expect(await reading.json()).toEqual(before);
  expect((await fetch(`${b.url}/news`)).status).toBe(200);

  await redis.start();
  for (const site of sites) {
    await expect.poll(async () => (await health(site.url)).redis, { timeout: 10_000 }).toBe('up');
  }
  const title = `After the restart ${Date.now()}`;
  expect((await push(a, title)).status).toBe(200);
  // The pages kept their live channel through the outage: the push arrives without a reload.
  for (const page of pages) await expect(strip(page)).toContainText(title);
  for (const page of pages) await page.close();
});

test('Redis emptied without a disconnect loses no acknowledged play, and open pages get every one', async ({
  browser,
}) => {
  const [a, b] = sites as [SiteServer, SiteServer];
  const page = await browser.newPage();
  await openPage(page, b);
  // What the page's live channel delivers, as a second listener in the page sees it (open
  // before the first push, so nothing is missed for want of a connection).
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const seen: string[] = [];
        Object.assign(window, { seenTitles: seen });
        const channel = new EventSource('/api/now-playing/events');
        channel.addEventListener('now-playing', (event) =>
          seen.push((JSON.parse((event as MessageEvent).data) as { title: string }).title),
        );
        channel.addEventListener('open', () => resolve(), { once: true });
      }),
  );
  const stamp = Date.now();
  const titles = [1, 2, 3, 4, 5, 6].map((n) => `Emptied ${stamp} ${n}`);
  for (const title of titles.slice(0, 3)) expect((await push(a, title)).status).toBe(200);
  // FLUSHALL, as an eviction or a failover to an empty replica would: no connection drops.
  const admin = new Redis(redis.url);
  await admin.flushall();
  await admin.quit();
  for (const title of titles.slice(3)) expect((await push(b, title)).status).toBe(200);

  for (const site of sites) {
    const history = (await nowPlaying(site)).history;
    for (const title of titles) {
      expect(
        history.filter((play) => play.title === title),
        title,
      ).toHaveLength(1);
    }
    const ids = history.map((play) => play.id);
    expect(ids, 'newest first, never reused').toEqual([...ids].sort((x, y) => y - x));
    expect(new Set(ids).size).toBe(ids.length);
  }
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { seenTitles: string[] }).seenTitles))
    .toEqual(expect.arrayContaining(titles));
  await page.close();
});

test('the history both instances share has no play twice', async () => {
  const [a, b] = sites as [SiteServer, SiteServer];
  const history = (await nowPlaying(a)).history;
  expect(history).toEqual((await nowPlaying(b)).history);
  expect(history.length).toBeGreaterThan(1);
  expect(new Set(history.map((play) => play.id)).size).toBe(history.length);
  const key = (play: Snapshot['history'][number]) =>
    play.offAir ? 'off air' : `${play.artist}\n${play.title}`.toLowerCase();
  for (let i = 1; i < history.length; i++) {
    expect(key(history[i]!), `plays ${history[i]!.id} and ${history[i - 1]!.id}`).not.toBe(
      key(history[i - 1]!),
    );
  }
});
