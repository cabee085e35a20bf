import { cacheLife, cacheTag } from 'next/cache';
import { secondsUntil } from '@/lib/cache/live-tags';
import { ScheduleWeek } from './schedule-week';
import { schedule } from '@/lib/schedule/load';
import { nextLondonMidnight } from '@/lib/time/london-calendar';

/**
 * The week from today, cached and regenerated at London midnight, when "today" moves on. Which
 * show is on air is marked by the browser as time passes (CurrentAiringProvider), so a copy
 * cached earlier in the day is still right.
 */
export async function LiveSchedule() {
  'use cache';
  cacheTag('on-air');
  const at = new Date();
  cacheLife({ revalidate: secondsUntil(nextLondonMidnight(at), at), expire: 2 * 86_400 });
  return <ScheduleWeek schedule={schedule} at={at} />;
}
