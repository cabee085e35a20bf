import type { Metadata } from 'next';
import { PlayedPage } from '@/components/played/played-page';
import { getPlayedToday } from '@/lib/cache/live-data';

export const metadata: Metadata = {
  title: 'Played today',
  description: 'Every track played on air today, by the hour, with the show it was in.',
  alternates: { canonical: '/played' },
};

export default async function PlayedTodayPage() {
  const day = await getPlayedToday();
  // Today is always kept; the history is unreadable at worst, which the page says.
  return (
    <PlayedPage day={day.status === 'kept' ? day : { status: 'unavailable', date: day.date }} />
  );
}
