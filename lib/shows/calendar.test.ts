import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { schedule } from '@/lib/schedule/load';
import { listOccurrences } from '@/lib/schedule/resolve';
import { findShow } from './airings';
import { scheduleCalendar, showCalendar } from './calendar';

/**
 * The calendars are read back with a different library (ical.js, Thunderbird's) than the one
 * that wrote them, and every airing it finds is held against the schedule's own resolver:
 * what a listener's calendar shows is what the station airs, clock changes included.
 */
const site = { siteUrl: 'https://www.oldhamreporter.co.uk', stationName: 'Oldham Community Radio' };

type Airing = { summary: string; start: string; end: string };

/** Every airing in `ics` that starts in [from, to), recurrences expanded, exclusions applied. */
function airingsIn(ics: string, from: Date, to: Date): Airing[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }
  const found: Airing[] = [];
  const keep = (summary: string, start: ICAL.Time, end: ICAL.Time) => {
    const [s, e] = [start.toJSDate(), end.toJSDate()];
    if (+s >= +from && +s < +to) {
      found.push({ summary, start: s.toISOString(), end: e.toISOString() });
    }
  };
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    if (!event.isRecurring()) {
      keep(event.summary, event.startDate, event.endDate);
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(); next && next.toJSDate() < to; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      keep(event.summary, details.startDate, details.endDate);
    }
  }
  return found.sort((a, b) => a.start.localeCompare(b.start));
}

const expected = (from: Date, to: Date, showId?: string) =>
  listOccurrences(schedule, from, to)
    .filter((o) => +o.start >= +from && (!showId || o.showId === showId))
    .map((o) => ({
      summary: o.special ? `${o.show} (special)` : o.show,
      start: o.start.toISOString(),
      end: o.end.toISOString(),
    }));

const LNLS = 'Late Night Love Songs';
const lnls = (airings: Airing[], date: string) =>
  airings.find((a) => a.summary === LNLS && a.start.startsWith(date));

describe('/schedule.ics', () => {
  it('holds every airing of the coming four weeks, across the October clock change', () => {
    const at = new Date('2026-10-19T12:00:00Z');
    const ics = scheduleCalendar(schedule, at, site);
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).toContain('TZID:Europe/London');
    const from = new Date('2026-10-19T00:00:00+01:00');
    const to = new Date('2026-11-16T00:00:00Z');
    const airings = airingsIn(ics, from, to);
    expect(airings).toEqual(expected(from, to));

    // Saturday 24 October: 11pm BST to the first 1am (BST). Sunday 25th: 11pm to 1am GMT.
    expect(lnls(airings, '2026-10-24')).toMatchObject({
      start: '2026-10-24T22:00:00.000Z',
      end: '2026-10-25T00:00:00.000Z',
    });
    expect(lnls(airings, '2026-10-25')).toMatchObject({
      start: '2026-10-25T23:00:00.000Z',
      end: '2026-10-26T01:00:00.000Z',
    });
  });

  it('and across the March 2027 one', () => {
    const at = new Date('2027-03-22T12:00:00Z');
    const from = new Date('2027-03-22T00:00:00Z');
    const to = new Date('2027-04-19T00:00:00+01:00');
    const airings = airingsIn(scheduleCalendar(schedule, at, site), from, to);
    expect(airings).toEqual(expected(from, to));
    // Saturday 27th, 11pm GMT: 1am does not exist that night, so it ends at 2am BST (1am UTC).
    expect(lnls(airings, '2027-03-27')).toMatchObject({
      start: '2027-03-27T23:00:00.000Z',
      end: '2027-03-28T01:00:00.000Z',
    });
    // Sunday 28th and Monday 29th, in BST.
    expect(lnls(airings, '2027-03-28')).toMatchObject({
      start: '2027-03-28T22:00:00.000Z',
      end: '2027-03-29T00:00:00.000Z',
    });
    expect(lnls(airings, '2027-03-29')).toMatchObject({
      start: '2027-03-29T22:00:00.000Z',
      end: '2027-03-30T00:00:00.000Z',
    });
  });
});

describe('/shows/<id>.ics', () => {
  it('recurs weekly, and its airings are the schedule’s through both clock changes', () => {
    const show = findShow(schedule, 'late-night-love-songs')!;
    const ics = showCalendar(schedule, show, new Date('2026-10-19T12:00:00Z'), site);
    expect(ics).toMatch(/RRULE:FREQ=WEEKLY;UNTIL=\d{8}T\d{6}Z;BYDAY=MO,TU,WE,TH,FR,SA,SU\r\n/);
    const from = new Date('2026-10-19T00:00:00+01:00');
    const to = new Date('2027-04-05T00:00:00+01:00');
    const airings = airingsIn(ics, from, to);
    expect(airings).toEqual(expected(from, to, show.id));
    expect(lnls(airings, '2026-10-24')?.end).toBe('2026-10-25T00:00:00.000Z');
    expect(lnls(airings, '2026-10-25')?.start).toBe('2026-10-25T23:00:00.000Z');
    expect(lnls(airings, '2027-03-27')?.end).toBe('2027-03-28T01:00:00.000Z');
    expect(lnls(airings, '2027-03-28')?.start).toBe('2027-03-28T22:00:00.000Z');
    // New Year's Eve: the party runs 9pm to 2am, so Love Songs does not air that night.
    expect(lnls(airings, '2026-12-31')).toBeUndefined();
  });

  it('matches the schedule for every show, specials and clock changes included', () => {
    const at = new Date('2026-10-19T12:00:00Z');
    const from = new Date('2026-10-19T00:00:00+01:00');
    const to = new Date('2027-04-05T00:00:00+01:00');
    for (const show of schedule.shows) {
      const airings = airingsIn(showCalendar(schedule, show, at, site), from, to);
      expect(airings, show.id).toEqual(expected(from, to, show.id));
    }
  });
});
