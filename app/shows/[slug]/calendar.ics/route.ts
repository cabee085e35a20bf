import { otherMethodsNotAllowed } from '@/lib/http/method-not-allowed';
import { cacheLife, cacheTag } from 'next/cache';
import { connection } from 'next/server';
import { secondsUntil } from '@/lib/cache/live-tags';
import { nextLondonMidnight } from '@/lib/time/london-calendar';
import { siteUrl, station } from '@/lib/config';
import { schedule } from '@/lib/schedule/load';
import { findShow } from '@/lib/shows/airings';
import { showCalendar } from '@/lib/shows/calendar';
import { calendarResponse } from '@/lib/shows/calendar-response';

/** `/shows/<id>.ics` (served here by the front door, lib/routing/site-paths.ts): the show in a listener's calendar. */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/shows/[slug]/calendar.ics'>,
) {
  // See app/schedule.ics/route.ts.
  await connection();
  const { slug } = await params;
  const show = findShow(schedule, slug);
  if (!show) return Response.json({ error: 'No such show' }, { status: 404 });
  return calendarResponse(await showCalendarText(slug), `${slug}.ics`);
}

async function showCalendarText(showId: string): Promise<string> {
  'use cache';
  cacheTag('on-air');
  // From the start of this week: made again at each London midnight.
  const at = new Date();
  cacheLife({ revalidate: secondsUntil(nextLondonMidnight(at), at), expire: 7 * 24 * 60 * 60 });
  const show = findShow(schedule, showId)!;
  return showCalendar(schedule, show, at, { siteUrl, stationName: station.stationName });
}

export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed('GET, HEAD');
