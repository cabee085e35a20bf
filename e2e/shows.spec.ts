import ICAL from 'ical.js';
import { expect, test } from '@playwright/test';
import scheduleJson from '../content/schedule.json';
import { SETTLE_AFTER_SECONDS } from '../lib/cache/live-tags';
import { NOW_PLAYING_TOKEN, ports } from './support/env';
import { clockStartingAt, startSiteServer } from './support/site-server';

/**
 * Programmes as pages: every show with its times, what it played and the stories about it,
 * linked from wherever a show is named, and in listeners' calendars.
 */
const LNLS = '/shows/late-night-love-songs';
const ARTICLE = '/news/late-night-love-songs-every-night';

test('/shows lists every show, each linking to its page', async ({ page }) => {
  await page.goto('/shows');
  await expect(page.getByRole('heading', { level: 1, name: 'Shows' })).toBeVisible();
  const links = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
  await expect(links).toHaveCount(scheduleJson.shows.length);
  await page.getByRole('link', { name: 'Late Night Love Songs', exact: true }).first().click();
  await expect(page).toHaveURL(LNLS);
});

test('a show’s page says who, what and when, with its airings as structured data', async ({
  page,
}) => {
  await page.goto('/shows/oldham-breakfast');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oldham Breakfast');
  await expect(page.getByText('with Gemma & Imran')).toBeVisible();
  const when = page.getByRole('region', { name: "When it's on" });
  await expect(when).toContainText('Weekdays');
  await expect(when.getByTestId('next-airing')).toContainText(/On air now|Next on/);
  await expect(
    when.getByRole('link', { name: /Add Oldham Breakfast to your calendar/ }),
  ).toHaveAttribute('href', /^webcal:\/\/.+\/shows\/oldham-breakfast\.ics$/);

  const data = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}',
  );
  const [series, ...events] = data['@graph'];
  expect(series).toMatchObject({ '@type': 'RadioSeries', name: 'Oldham Breakfast' });
  expect(events.length).toBeGreaterThanOrEqual(4);
  for (const event of events) {
    expect(event).toMatchObject({
      '@type': 'BroadcastEvent',
      workPerformed: { '@id': series['@id'] },
    });
    expect(event.startDate).toMatch(/T0[56]:00:00\+0[01]:00$/);
  }
});

test('an unknown show, or its calendar, is a 404', async ({ request }) => {
  for (const path of ['/shows/no-such-show', '/shows/no-such-show.ics', `${LNLS}/anything`]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test('the schedule, the strip and the player name shows with links to their pages', async ({
  page,
}) => {
  await page.goto('/schedule');
  const entry = page.getByRole('link', { name: 'Late Night Love Songs' }).first();
  await expect(entry).toHaveAttribute('href', LNLS);

  const onAir = page.getByRole('region', { name: 'On air' });
  const showNow = onAir.getByTestId('on-air-now').getByRole('link');
  const href = await showNow.getAttribute('href');
  expect(href).toMatch(/^\/shows\/[a-z0-9-]+$/);
  await showNow.click();
  await expect(page).toHaveURL(href!);
  await expect(page.getByTestId('next-airing')).toContainText('On air now');
  await expect(onAir.getByTestId('up-next').getByRole('link')).toHaveAttribute(
    'href',
    /^\/shows\//,
  );
});

test('a story about a show says when it is next on, and the show lists the story', async ({
  page,
}) => {
  await page.goto(ARTICLE);
  const card = page.getByTestId('show-on-air-card');
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('next-airing')).toContainText(/On air now|Next on .* 11:00pm/);
  await card.getByRole('link', { name: 'Late Night Love Songs' }).click();
  await expect(page).toHaveURL(LNLS);
  const stories = page.locator('section[aria-labelledby="stories-heading"]');
  await expect(
    stories.getByRole('link', { name: /Late Night Love Songs now on air/ }),
  ).toBeVisible();
  // Newest first.
  const titles = await stories.getByRole('heading', { level: 3 }).allTextContents();
  expect(titles[0]).toContain('Clocks go back');
});

/**
 * When the last Late Night Love Songs that has finished began (it airs every night, 11pm–1am
 * UK time), worked out here from the clock rather than asked of the site.
 */
function lastFinishedLoveSongs(now = Date.now()): number {
  const londonDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });
  const zone = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    timeZoneName: 'short',
  });
  for (let daysBack = 0; daysBack < 3; daysBack++) {
    const night = londonDate.format(new Date(now - daysBack * 86_400_000));
    const asUtc = Date.parse(`${night}T23:00:00Z`);
    const summer = zone.formatToParts(new Date(asUtc)).some((part) => part.value === 'BST');
    const start = asUtc - (summer ? 3_600_000 : 0);
    if (start + 2 * 3_600_000 <= now) return start;
  }
  throw new Error('no finished airing in the last three nights');
}

test('tracks pushed with their start times during an airing are on the show’s page', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // A server of its own: pushes hold off the shared server's Icecast poller.
  const site = await startSiteServer(ports.site + 92);
  try {
    const start = lastFinishedLoveSongs();
    const tracks = [
      ['Atlantic Starr', 'Secret Lovers', 5],
      ['Luther Vandross', 'Never Too Much', 10],
      ['Anita Baker', 'Sweet Love', 15],
    ] as const;
    for (const [artist, title, minutes] of tracks) {
      const response = await page.request.post(`${site.url}/api/now-playing`, {
        headers: { authorization: `Bearer ${NOW_PLAYING_TOKEN}` },
        data: { artist, title, startedAt: new Date(start + minutes * 60_000).toISOString() },
      });
      expect(response.status()).toBe(200);
    }
    // A track outside the airing is not the show's.
    await page.request.post(`${site.url}/api/now-playing`, {
      headers: { authorization: `Bearer ${NOW_PLAYING_TOKEN}` },
      data: {
        artist: 'Not',
        title: 'In The Show',
        startedAt: new Date(start - 5 * 60_000).toISOString(),
      },
    });

    // The pushes revalidated the page: the next request regenerates it.
    await expect(async () => {
      await page.goto(`${site.url}${LNLS}`);
      const played = page.locator('section[aria-labelledby="played-heading"]');
      // The latest finished airing: the first one listed, or the second while the show is on air
      // (between 11pm and 1am the page leads with "Playing now").
      const finished = played
        .locator('section')
        .filter({ has: page.getByRole('heading', { name: /^Last played on/ }) })
        .first();
      await expect(finished.getByRole('heading')).toContainText(
        new Intl.DateTimeFormat('en-GB', {
          timeZone: 'Europe/London',
          weekday: 'short',
          day: 'numeric',
          month: 'short',
        }).format(start),
        { timeout: 100 },
      );
      await expect(finished.getByRole('listitem')).toHaveText(
        [
          /11:05pm\s*Atlantic Starr — Secret Lovers/,
          /11:10pm\s*Luther Vandross — Never Too Much/,
          /11:15pm\s*Anita Baker — Sweet Love/,
        ],
        { timeout: 100 },
      );
      // Pushes close together: a copy regenerated meanwhile may hold the earlier ones until the
      // follow-up revalidations (lib/cache/live-tags.ts).
    }).toPass({ timeout: (SETTLE_AFTER_SECONDS.at(-1)! + 15) * 1000 });
    // The latest push is on air now (the strip says so), but it is not in the show's playlist.
    await expect(
      page.locator('section[aria-labelledby="played-heading"]').getByText('In The Show'),
    ).toHaveCount(0);

    // The airing links everything played that day, at its hour (11pm, UK time).
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(start);
    await page
      .locator('section[aria-labelledby="played-heading"] section')
      .filter({ has: page.getByRole('heading', { name: /^Last played on/ }) })
      .first()
      .getByRole('link', { name: /^Everything played on .+, by the hour$/ })
      .click();
    await expect(page).toHaveURL(new RegExp(`/played/${day}#h-23(-[a-z]{3})?$`));
    await expect(page.locator('section[id^="h-23"]')).toContainText(
      'Atlantic Starr — Secret Lovers',
    );
  } finally {
    await site.stop();
  }
});

type Airing = { start: string; end: string };

/** The airings in an .ics file from [from, to), recurrences expanded, as ical.js reads them. */
function airingsIn(ics: string, from: Date, to: Date): Airing[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }
  const found: Airing[] = [];
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    const add = (start: ICAL.Time, end: ICAL.Time) => {
      const s = start.toJSDate();
      if (+s >= +from && +s < +to) {
        found.push({ start: s.toISOString(), end: end.toJSDate().toISOString() });
      }
    };
    if (!event.isRecurring()) add(event.startDate, event.endDate);
    else {
      const iterator = event.iterator();
      for (let next = iterator.next(); next && next.toJSDate() < to; next = iterator.next()) {
        const details = event.getOccurrenceDetails(next);
        add(details.startDate, details.endDate);
      }
    }
  }
  return found.sort((a, b) => a.start.localeCompare(b.start));
}

test('both calendars parse, and keep Late Night Love Songs right across the clock changes', async () => {
  // A server whose clock reads 19 October 2026, the week before the clocks go back.
  const site = await startSiteServer(ports.site + 93, clockStartingAt('2026-10-19 12:00:00'));
  try {
    // Once the server has marked the build's copies out of date (as it starts), the calendars
    // are made as of its clock.
    const get = async (path: string) => {
      let text = '';
      await expect(async () => {
        const response = await fetch(`${site.url}${path}`);
        expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
        text = await response.text();
        expect(text).toContain('DTSTAMP:20261019T');
      }).toPass({ timeout: 20_000 });
      return text;
    };
    const schedule = await get('/schedule.ics');
    const show = await get(`${LNLS}.ics`);
    for (const ics of [schedule, show]) {
      expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/London');
    }
    const autumn = [new Date('2026-10-24T12:00:00Z'), new Date('2026-10-26T12:00:00Z')] as const;
    const spring = [new Date('2027-03-27T12:00:00Z'), new Date('2027-03-29T12:00:00Z')] as const;
    const autumnNights = [
      { start: '2026-10-24T22:00:00.000Z', end: '2026-10-25T00:00:00.000Z' }, // 11pm–1am BST
      { start: '2026-10-25T23:00:00.000Z', end: '2026-10-26T01:00:00.000Z' }, // 11pm–1am GMT
    ];
    const springNights = [
      { start: '2027-03-27T23:00:00.000Z', end: '2027-03-28T01:00:00.000Z' }, // to 2am BST
      { start: '2027-03-28T22:00:00.000Z', end: '2027-03-29T00:00:00.000Z' }, // 11pm–1am BST
    ];
    const showAirings = airingsIn(show, autumn[0], spring[1]);
    for (const night of [...autumnNights, ...springNights]) {
      expect(showAirings, night.start).toContainEqual(night);
    }
    const scheduleAirings = airingsIn(schedule, ...autumn);
    for (const night of autumnNights) {
      expect(scheduleAirings, night.start).toContainEqual(night);
    }
  } finally {
    await site.stop();
  }
});
