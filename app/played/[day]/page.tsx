import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PlayedPage } from '@/components/played/played-page';
import { getPlayedDay } from '@/lib/cache/live-data';
import { londonDayBounds, parseLondonDate, playedDayPath } from '@/lib/played/day';
import { formatLongDate } from '@/lib/time/london';
import { addCalendarDays, londonDateOf } from '@/lib/time/london-calendar';

// Days render on their first request and come from cache after that (a past day changes only
// when a play is back-filled into it); the front door lets through real dates up to today only.
// Cache Components wants one day at build time to check the route with: the day before the build
// (the build reads no history; the server marks the copy out of date as it starts).
export function generateStaticParams() {
  return [{ day: addCalendarDays(londonDateOf(new Date()), -1) }];
}

export async function generateMetadata({ params }: PageProps<'/played/[day]'>): Promise<Metadata> {
  const date = parseLondonDate((await params).day);
  if (!date) return {};
  const written = formatLongDate(londonDayBounds(date).from);
  return {
    title: `Played on ${written}`,
    description: `Every track played on air on ${written}, by the hour, with the show it was in.`,
    alternates: { canonical: playedDayPath(date) },
  };
}

export default async function PlayedDayPage({ params }: PageProps<'/played/[day]'>) {
  const date = parseLondonDate((await params).day);
  if (!date) notFound();
  const day = await getPlayedDay(date);
  // A day before the history begins, or still to come: the 404 says so (./not-found.tsx).
  if (day.status === 'kept' || day.status === 'unavailable') return <PlayedPage day={day} />;
  notFound();
}
