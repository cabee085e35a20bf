import { createServer, connect, type Socket } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { azuraCastWebhookBody } from '../lib/now-playing/sources/fixtures/azuracast-webhook';
import { NOW_PLAYING_TOKEN, ports } from './support/env';
import { startSiteServer, type SiteServer } from './support/site-server';

/**
 * Working with the station's real tools: AzuraCast's web hook as AzuraCast sends it, the station
 * going off air, and a page whose connection drops catching up on what it missed. A server of
 * its own: pushes hold off the shared server's Icecast poller.
 */
test.describe.configure({ mode: 'serial' });

let site: SiteServer;
test.beforeAll(async () => {
  site = await startSiteServer(ports.site + 80);
});
test.afterAll(async () => {
  await site?.stop();
});

const basic = `Basic ${Buffer.from(`azuracast:${NOW_PLAYING_TOKEN}`).toString('base64')}`;
const strip = (page: Page) =>
  page.getByRole('region', { name: 'On air' }).getByTestId('now-playing');
const post = (path: string, body: unknown, authorization = `Bearer ${NOW_PLAYING_TOKEN}`) =>
  fetch(`${site.url}${path}`, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

test('AzuraCast’s Generic Web Hook signs in with Basic auth and its whole document is read', async ({
  page,
}) => {
  await page.goto(`${site.url}/`);
  const body = azuraCastWebhookBody({
    artist: 'Atlantic Starr',
    title: 'Secret Lovers',
    historyItems: 15,
    lyricsBytes: 3_000,
    live: { is_live: true, streamer_name: 'DJ Dee', broadcast_start: null, art: null },
  });
  expect(JSON.stringify(body).length).toBeGreaterThan(50_000);
  // Posted to the address with a trailing slash, as an engineer may type it: no redirect.
  const response = await post('/api/now-playing/', body, basic);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({
    changed: true,
    nowPlaying: { artist: 'Atlantic Starr', title: 'Secret Lovers', streamer: 'DJ Dee' },
  });
  await expect(strip(page)).toContainText('Atlantic Starr — Secret Lovers');
  await expect(strip(page)).toContainText('live with DJ Dee');
});

test('an offline station says so on open pages, and the history keeps the gap', async ({
  page,
}) => {
  await page.goto(`${site.url}/`);
  await expect(strip(page)).toContainText('Atlantic Starr — Secret Lovers');
  expect(
    (await post('/api/now-playing', azuraCastWebhookBody({ isOnline: false }), basic)).status,
  ).toBe(200);
  await expect(strip(page)).toContainText('Station off air');
  expect((await post('/api/now-playing', { artist: 'Back', title: 'On Air' })).status).toBe(200);
  await expect(strip(page)).toContainText('Back — On Air');
  const recent = page.getByRole('region', { name: 'Recently played' });
  await expect(recent.getByRole('listitem').first()).toContainText('Station off air');
});

/**
 * A TCP proxy between the browser and the site, so a test can drop the browser's connections
 * as a phone losing signal would.
 */
async function droppableProxy(target: URL) {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    dropAll: () => sockets.forEach((socket) => socket.destroy()),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        sockets.forEach((socket) => socket.destroy());
      }),
  };
}

test('a page whose connection dropped is sent every track it missed, in order, once', async ({
  page,
}) => {
  const proxy = await droppableProxy(new URL(site.url));
  try {
    expect((await post('/api/now-playing', { artist: 'Replay', title: 'Before' })).status).toBe(
      200,
    );
    await page.goto(`${proxy.url}/`);
    await expect(strip(page)).toContainText('Replay — Before');
    // The open event stream is the only connection left once the page has loaded.
    proxy.dropAll();
    for (const title of ['Missed One', 'Missed Two']) {
      expect((await post('/api/now-playing', { artist: 'Replay', title })).status).toBe(200);
    }
    // EventSource reconnects by itself (retry: 2 s) with the last id it saw.
    await expect(strip(page)).toContainText('Replay — Missed Two', { timeout: 10_000 });
    const recent = page.getByRole('region', { name: 'Recently played' }).getByRole('listitem');
    await expect(recent.nth(0)).toContainText('Replay — Missed One');
    await expect(recent.nth(1)).toContainText('Replay — Before');
    const titles = await recent.allInnerTexts();
    expect(titles.filter((text) => text.includes('Missed One'))).toHaveLength(1);
  } finally {
    await proxy.close();
  }
});
