import { otherMethodsNotAllowed } from '@/lib/http/method-not-allowed';
import { cacheLife, cacheTag } from 'next/cache';
import { connection } from 'next/server';
import { secondsUntil } from '@/lib/cache/live-tags';
import { nextLondonMidnight } from '@/lib/time/london-calendar';
import { siteUrl, station } from '@/lib/config';
import { schedule } from '@/lib/schedule/load';
import { scheduleCalendar } from '@/lib/shows/calendar';
import { calendarResponse } from '@/lib/shows/calendar-response';

/** The coming four weeks of the schedule, for a listener's calendar. */
export async function GET() {
  // Answered from the cached calendar below, not prerendered: a prerendered route keeps the
  // build's copy (its tag is not revalidated as the server starts), however old the build.
  await connection();
  return calendarResponse(await scheduleCalendarText(), 'schedule.ics');
}

async function scheduleCalendarText(): Promise<string> {
  'use cache';
  cacheTag('on-air');
  // From the start of today: made again at each London midnight.
  const at = new Date();
  cacheLife({ revalidate: secondsUntil(nextLondonMidnight(at), at), expire: 7 * 24 * 60 * 60 });
  return scheduleCalendar(schedule, at, { siteUrl, stationName: station.stationName });
}

export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed('GET, HEAD');
