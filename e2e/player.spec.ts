import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pushTrack } from './support/push';
import { NOW_PLAYING_TOKEN, ports } from './support/env';
import { E2E_STATION_ENV, connectTestStation } from './support/icecast';
import { startSiteServer } from './support/site-server';

/**
 * Listen Live against the real e2e station (Icecast 2 fed by ffmpeg on 127.0.0.1:8801).
 * No autoplay flag: every start is a real click (or key press), as a listener's would be.
 */
const GMP = '/news/gmp-welcomes-baroness-casey-recommendations';

const dock = (page: Page) => page.getByRole('region', { name: 'Radio player' });
const mainButton = (page: Page, name: string) =>
  dock(page).getByRole('button', { name, exact: true });
const status = (page: Page) => dock(page).getByRole('status');

type AudioProbe = {
  tag: unknown;
  currentTime: number;
  paused: boolean;
  hasSrc: boolean;
  src: string;
  networkState: number;
  volume: number;
  muted: boolean;
};

const probe = (page: Page) =>
  page.locator('audio[data-player="live"]').evaluate((audio: HTMLAudioElement): AudioProbe => ({
    tag: (audio as HTMLAudioElement & { testTag?: unknown }).testTag,
    currentTime: audio.currentTime,
    paused: audio.paused,
    hasSrc: audio.hasAttribute('src'),
    src: audio.currentSrc,
    networkState: audio.networkState,
    volume: audio.volume,
    muted: audio.muted,
  }));

const currentTime = async (page: Page) => (await probe(page)).currentTime;

/** The element's clock moves on (real audio arriving), by more than `by` seconds. */
async function expectAdvancing(page: Page, by = 0.5, timeout = 10_000) {
  const start = await currentTime(page);
  await expect.poll(() => currentTime(page), { timeout }).toBeGreaterThan(start + by);
}

async function startListening(page: Page) {
  await mainButton(page, 'Listen live').click();
  await expect(mainButton(page, 'Stop')).toBeVisible();
  await expect(status(page)).toHaveText('Playing', { timeout: 15_000 });
  await expectAdvancing(page);
}

/** Icecast's count of listeners on the test mount. */
async function icecastListeners(page: Page): Promise<number> {
  const response = await page.request.get(E2E_STATION_ENV.ICECAST_STATUS_URL);
  const { icestats } = JSON.parse(await response.text());
  const sources = [icestats.source ?? []].flat() as { listenurl: string; listeners: number }[];
  const mount = sources.find((source) => source.listenurl.endsWith(E2E_STATION_ENV.ICECAST_MOUNT));
  return mount?.listeners ?? 0;
}

test('plays the live stream when the visitor presses Listen live, and not before', async ({
  page,
}) => {
  await page.goto(GMP);
  await expect(mainButton(page, 'Listen live')).toBeEnabled();
  await page.waitForTimeout(1_000);
  // No autoplay, and no traffic to the stream on page load.
  expect(await probe(page)).toMatchObject({ paused: true, hasSrc: false, networkState: 0 });

  await mainButton(page, 'Listen live').click();
  await expect(status(page)).toHaveText(/Connecting…|Playing/);
  await expect(status(page)).toHaveText('Playing', { timeout: 15_000 });
  await expectAdvancing(page, 1);
  // Through our own /listen, which sends the browser on to the running server's STREAM_URL.
  expect(new URL((await probe(page)).src).pathname).toBe('/listen');
  await expect.poll(() => icecastListeners(page)).toBe(1);
});

test('keeps playing, on the same element, while the reader opens three articles', async ({
  page,
}) => {
  await page.goto(GMP);
  await startListening(page);
  await page.locator('audio[data-player="live"]').evaluate((audio) => {
    const watched = audio as HTMLAudioElement & { testTag?: string; interruptions?: string[] };
    watched.testTag = 'the-one-player';
    watched.interruptions = [];
    for (const type of ['pause', 'emptied', 'abort', 'loadstart', 'ended', 'error']) {
      audio.addEventListener(type, () => watched.interruptions?.push(type));
    }
  });

  const visited = new Set([GMP]);
  let before = await currentTime(page);
  for (let i = 0; i < 3; i++) {
    const more = page.getByRole('region', { name: 'More from Oldham Reporter' });
    const links = more.getByRole('heading').getByRole('link');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const next = hrefs.findIndex((href) => !visited.has(href));
    expect(next, 'an article not yet read').toBeGreaterThanOrEqual(0);
    const link = links.nth(next);
    const title = (await link.textContent())!.trim();
    visited.add(hrefs[next]!);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${hrefs[next]}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

    const after = await probe(page);
    expect(after.tag, 'the same <audio> element').toBe('the-one-player');
    expect(after.paused).toBe(false);
    expect(after.currentTime, `currentTime after article ${i + 1}`).toBeGreaterThan(before);
    before = after.currentTime;
    await expect(status(page)).toHaveText('Playing');
    await page.waitForTimeout(500);
  }
  await expect(page.locator('audio[data-player="live"]')).toHaveCount(1);
  const interruptions = await page
    .locator('audio[data-player="live"]')
    .evaluate((audio) => (audio as HTMLAudioElement & { interruptions?: string[] }).interruptions);
  expect(interruptions, 'never paused, reloaded or reset').toEqual([]);
  await expectAdvancing(page);
});

test('stopping drops the connection, and listening again starts at the live edge', async ({
  page,
}) => {
  await page.goto(GMP);
  await startListening(page);
  await expect.poll(() => currentTime(page), { timeout: 20_000 }).toBeGreaterThan(4);
  const before = await probe(page);

  await mainButton(page, 'Stop').click();
  await expect(status(page)).toHaveText('Stopped');
  expect(await probe(page)).toMatchObject({ paused: true, hasSrc: false });
  // Nothing keeps buffering while stopped (so nothing stale is waiting to be played).
  await expect.poll(() => icecastListeners(page), { timeout: 10_000 }).toBe(0);
  await page.waitForTimeout(5_000);

  await mainButton(page, 'Listen live').click();
  await expect(status(page)).toHaveText('Playing', { timeout: 15_000 });
  const after = await probe(page);
  // A new connection: a new timeline from 0, not the old one carried on from where it stopped.
  expect(after.src).not.toBe(before.src);
  expect(after.currentTime).toBeLessThan(before.currentTime);
  expect(after.paused).toBe(false);
  await expectAdvancing(page);
  await expect.poll(() => icecastListeners(page)).toBe(1);
});

test('tells the lock screen what the dock shows: the track the listener hears', async ({
  page,
}) => {
  await page.goto(GMP);
  await startListening(page);

  // Titles change every ~20 s, and the dock shows them as the listener reaches them, up to a
  // song behind the feed: the session must match the dock, and the dock a recent play.
  await expect(async () => {
    const before = (await (await page.request.get('/api/now-playing')).json()) as {
      current: { artist: string; title: string };
      history: { artist: string; title: string }[];
    };
    const session = await page.evaluate(() => {
      const { metadata, playbackState } = navigator.mediaSession;
      return {
        title: metadata?.title,
        artist: metadata?.artist,
        album: metadata?.album,
        artwork: metadata?.artwork.map((image) => image.src) ?? [],
        playbackState,
      };
    });
    const dockText = await dock(page).getByTestId('player-now-playing').textContent();
    const recent = [before.current, ...before.history.slice(0, 2)];
    expect(recent.map((t) => `${t.artist}|${t.title}`)).toContain(
      `${session.artist}|${session.title}`,
    );
    expect(dockText).toBe(`${session.artist} — ${session.title}`);
    expect(session.album).toBe('Oldham Community Radio');
    expect(session.artwork.length).toBeGreaterThan(0);
    expect(session.playbackState).toBe('playing');
  }).toPass({ timeout: 15_000 });
});

test('the dock changes title when the listener hears the change; the header at once', async ({
  page,
}) => {
  // A busy machine may spoil the server's listens for the burst; it listens again every 30 s
  // until one measures it (lib/stream/burst-watch.ts): four tries' worth of waiting.
  test.setTimeout(240_000);
  // Icecast's burst is full once the source has streamed for longer than it (~16 s).
  await expect
    .poll(
      async () => {
        const response = await page.request.get(E2E_STATION_ENV.ICECAST_STATUS_URL);
        const { icestats } = JSON.parse(await response.text());
        const source = [icestats.source ?? []].flat()[0] as { stream_start_iso8601?: string };
        return Date.now() - Date.parse(source?.stream_start_iso8601 ?? '');
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThan(20_000);
  // A server of its own playing the real stream, whose titles come only from our pushes, so
  // no other spec's title (nor the station's own track changes) can land in the middle.
  const site = await startSiteServer(ports.site + 91, { STREAM_URL: E2E_STATION_ENV.STREAM_URL });
  const push = (artist: string, title: string) => pushTrack(site.url, { artist, title });
  const header = page.getByRole('region', { name: 'On air' }).getByTestId('now-playing');
  const dockTitle = dock(page).getByTestId('player-now-playing');
  try {
    // The server listens to the stream as it starts, to learn its burst: Icecast's 256 KiB, 16 s
    // at 128 kb/s. Checked in bytes (seconds × the rate it measured): on a busy machine the test
    // station's ffmpeg may feed Icecast slower than real time, and the same 256 KiB then lasts
    // longer at the rate the server sees (a fresh-clone run beside a busy loop measured 19.2 s).
    let burst = 0;
    await expect(async () => {
      const health = await fetch(`${site.url}/api/health`, {
        headers: { authorization: `Bearer ${NOW_PLAYING_TOKEN}` },
      });
      const stream = (
        (await health.json()) as { stream: { burstSeconds: number; bytesPerSecond: number } | null }
      ).stream!;
      burst = stream.burstSeconds;
      expect(stream.burstSeconds * stream.bytesPerSecond).toBeGreaterThan(262_144 - 1.5 * 16_000);
      expect(stream.burstSeconds * stream.bytesPerSecond).toBeLessThan(262_144 + 1.5 * 16_000);
      // A fresh-clone run (57fc658) had three listens in 75 s all spoiled: no burst yet.
    }).toPass({ timeout: 135_000 });

    expect((await push('Elbow', 'Lippy Kids')).status).toBe(200);
    await page.goto(`${site.url}${GMP}`);
    await expect(header).toContainText('Elbow — Lippy Kids');
    // When the browser asks for the stream, by the page's clock.
    await page.locator('audio[data-player="live"]').evaluate((audio: HTMLAudioElement) => {
      audio.addEventListener(
        'loadstart',
        () => ((window as unknown as { askedAt: number }).askedAt = performance.now()),
        { once: true },
      );
    });
    await startListening(page);
    await expect(dockTitle).toHaveText('Elbow — Lippy Kids');
    // Let the player's estimate settle (the median of its last few samples).
    await page.waitForTimeout(6_000);

    // How far behind live the listener is: the burst, plus the time since the stream was asked
    // for, less the audio played since.
    const behind = () =>
      page.evaluate(
        (burstSeconds) =>
          burstSeconds +
          (performance.now() - (window as unknown as { askedAt: number }).askedAt) / 1000 -
          document.querySelector<HTMLAudioElement>('audio[data-player="live"]')!.currentTime,
        burst,
      );

    expect((await push('The Courteeners', 'Not Nineteen Forever')).status).toBe(200);
    // The header as pushed (how fast: `npm run bench`), before the dock, which waits for the
    // listener to hear it ten seconds and more later.
    await expect(header).toContainText('The Courteeners — Not Nineteen Forever');
    const changedAt = Date.now();
    const delay = await behind();
    expect(delay).toBeGreaterThan(10);

    // Not at once: the listener is still hearing the song before.
    await page.waitForTimeout(3_000);
    await expect(dockTitle).toHaveText('Elbow — Lippy Kids');
    await expect(dockTitle).toHaveText('The Courteeners — Not Nineteen Forever', {
      timeout: (delay + 5) * 1000,
    });
    const dockAfter = (Date.now() - changedAt) / 1000;
    test.info().annotations.push({
      type: 'delay',
      description: `burst ${burst} s; behind live ${delay.toFixed(2)} s; dock changed after ${dockAfter.toFixed(2)} s`,
    });
    expect(Math.abs(dockAfter - delay), `dock after ${dockAfter} s; delay ${delay} s`).toBeLessThan(
      2,
    );
    expect(await page.evaluate(() => navigator.mediaSession.metadata?.title)).toBe(
      'Not Nineteen Forever',
    );
    await expect(header).toContainText('The Courteeners — Not Nineteen Forever');
  } finally {
    await site.stop();
  }
});

test('track changes are announced in the strip unless the listener turns that off', async ({
  page,
}) => {
  await page.goto(GMP);
  const announce = dock(page).getByRole('button', { name: 'Announce track changes' });
  const live = page
    .getByRole('region', { name: 'On air' })
    .getByTestId('now-playing')
    .locator('[aria-live]');
  await expect(announce).toHaveAttribute('aria-pressed', 'true');
  await expect(live).toHaveAttribute('aria-live', 'polite');

  await announce.click();
  await expect(announce).toHaveAttribute('aria-pressed', 'false');
  await expect(live).toHaveAttribute('aria-live', 'off');
  await page.reload();
  await expect(announce).toHaveAttribute('aria-pressed', 'false');
  await expect(live).toHaveAttribute('aria-live', 'off');

  await announce.click();
  await expect(live).toHaveAttribute('aria-live', 'polite');
});

test('starting in a second tab stops the first', async ({ page, context }) => {
  const second = await context.newPage();
  await page.goto(GMP);
  await second.goto('/news');
  await startListening(page);

  await startListening(second);
  await expect(status(page)).toHaveText('Stopped: playing in another tab');
  await expect(mainButton(page, 'Listen live')).toBeVisible();
  expect((await probe(page)).paused).toBe(true);
  await expectAdvancing(second);
  await second.close();
});

test('after a reload while listening, offers Resume and never autoplays', async ({ page }) => {
  await page.goto(GMP);
  await startListening(page);
  await page.reload();
  await expect(mainButton(page, 'Resume')).toBeEnabled();
  await expect(status(page)).toHaveText('You were listening before the page reloaded');
  await page.waitForTimeout(1_500);
  expect(await probe(page)).toMatchObject({ paused: true, hasSrc: false });

  await mainButton(page, 'Resume').click();
  await expect(status(page)).toHaveText('Playing', { timeout: 15_000 });
  await expectAdvancing(page);
});

test('remembers volume and mute across visits', async ({ page }) => {
  await page.goto(GMP);
  await dock(page).getByRole('slider', { name: 'Volume' }).fill('30');
  const mute = dock(page).getByRole('button', { name: 'Mute' });
  await expect(mute).toHaveAttribute('aria-pressed', 'false');
  await mute.click();
  await expect(mute).toHaveAttribute('aria-pressed', 'true');
  expect(await probe(page)).toMatchObject({ volume: 0.3, muted: true });

  await page.goto('/news');
  await page.reload();
  await expect(dock(page).getByRole('slider', { name: 'Volume' })).toHaveValue('30');
  await expect(dock(page).getByRole('button', { name: 'Mute' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect.poll(() => probe(page)).toMatchObject({ volume: 0.3, muted: true });
});

test.describe('keyboard and screen readers', () => {
  test('works from the keyboard, with targets of at least 24 × 24 px', async ({ page }) => {
    await page.goto(GMP);
    const button = mainButton(page, 'Listen live');
    await expect(button).toBeEnabled();
    for (
      let i = 0;
      i < 200 && !(await button.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText('Playing', { timeout: 15_000 });
    await expect(mainButton(page, 'Stop')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(status(page)).toHaveText('Stopped');

    for (const control of [
      mainButton(page, 'Listen live'),
      dock(page).getByRole('button', { name: 'Mute' }),
      dock(page).getByRole('slider', { name: 'Volume' }),
    ]) {
      const box = (await control.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    const axe = await new AxeBuilder({ page }).include('[aria-label="Radio player"]').analyze();
    expect(axe.violations).toEqual([]);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 375, height: 640 } });

    test('the dock never covers the focused element', async ({ page }) => {
      await page.goto(GMP);
      await expect(mainButton(page, 'Listen live')).toBeEnabled();
      const dockTop = (await dock(page).boundingBox())!.y;
      let checked = 0;
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body || el.closest('[aria-label="Radio player"]')) return null;
          const rect = el.getBoundingClientRect();
          return { bottom: rect.bottom, top: rect.top, text: el.textContent?.slice(0, 40) };
        });
        if (!focus) continue;
        checked++;
        expect(focus.bottom, `focused "${focus.text}" sits above the dock`).toBeLessThanOrEqual(
          dockTop + 1,
        );
      }
      expect(checked).toBeGreaterThan(10);
    });
  });

  test.describe('with reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });

    test('does not pulse', async ({ page }) => {
      await page.goto(GMP);
      await startListening(page);
      const dot = status(page).locator('span[aria-hidden="true"]');
      expect(await dot.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    });
  });

  test('is left out of print', async ({ page }) => {
    await page.goto(GMP);
    await page.emulateMedia({ media: 'print' });
    await expect(dock(page)).toBeHidden();
  });
});

test.describe('when the stream drops', () => {
  // These stop and start the shared station's source: one at a time, and leave it running.
  test.describe.configure({ mode: 'serial' });
  test.afterEach(async () => {
    await (await connectTestStation()).startSource();
  });

  test('shows Reconnecting… and resumes by itself within 15 s of the source returning', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const station = await connectTestStation();
    await page.goto(GMP);
    await startListening(page);

    await station.stopSource();
    const dropped = Date.now();
    // Chromium plays out Icecast's burst (~16.6 s) before the element ends.
    await expect(status(page)).toHaveText('Reconnecting…', { timeout: 30_000 });
    const noticed = Date.now() - dropped;
    await expect(mainButton(page, 'Stop')).toBeVisible();

    await station.startSource();
    const back = Date.now();
    await expect(status(page)).toHaveText('Playing', { timeout: 15_000 });
    await expectAdvancing(page, 0.5, Math.max(1_000, 15_000 - (Date.now() - back)));
    const resumed = Date.now() - back;
    expect(resumed, 'resumed within 15 s, without a click').toBeLessThan(15_000);
    test.info().annotations.push({
      type: 'timings',
      description: `Reconnecting… ${noticed} ms after the source stopped; playing again ${resumed} ms after it returned`,
    });
    expect((await probe(page)).paused).toBe(false);
  });

  test('gives up after a long outage, says so, and tries again when asked', async ({ page }) => {
    test.setTimeout(120_000);
    const station = await connectTestStation();
    // The page's clock runs as usual, but the test can jump it past the five-minute give-up.
    await page.clock.install();
    await page.goto(GMP);
    await startListening(page);

    await station.stopSource();
    await expect(status(page)).toHaveText('Reconnecting…', { timeout: 30_000 });
    await page.clock.fastForward('05:05');
    await expect(status(page)).toHaveText('Stream offline — tried for 5 minutes', {
      timeout: 15_000,
    });
    const tryAgain = mainButton(page, 'Try again');
    await expect(tryAgain).toBeVisible();
    expect(await probe(page)).toMatchObject({ paused: true, hasSrc: false });

    await station.startSource();
    await tryAgain.click();
    await expect(status(page)).toHaveText('Playing', { timeout: 15_000 });
    await expectAdvancing(page);
  });

  test('says the station is off air, rather than reconnecting for ever, when the mount stays gone', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    const station = await connectTestStation();
    const strip = page.getByRole('region', { name: 'On air' }).getByTestId('now-playing');
    await page.goto(GMP);
    await startListening(page);

    await station.stopSource();
    // Icecast's burst plays out first (about 17 s); then the player tries to reconnect…
    await expect(status(page)).toHaveText('Reconnecting…', { timeout: 30_000 });
    // …until the mount has been gone for 30 s: the station is off air, and the page says so.
    await expect(strip).toContainText('Station off air', { timeout: 45_000 });
    await expect(status(page)).toHaveText('The station is off air');
    await expect(mainButton(page, 'Listen live')).toBeVisible();
    expect(await probe(page)).toMatchObject({ paused: true, hasSrc: false });

    await station.startSource();
    await expect(strip).not.toContainText('Station off air', { timeout: 15_000 });
    await mainButton(page, 'Listen live').click();
    await expect(status(page)).toHaveText('Playing', { timeout: 15_000 });
  });
});
