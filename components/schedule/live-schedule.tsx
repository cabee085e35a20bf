import { cacheLife, cacheTag } from 'next/cache';
import { ScheduleWeek } from './schedule-week';
import { schedule } from '@/lib/schedule/load';
import { addCalendarDays, londonDateOf, londonWallTimeToInstant } from '@/lib/time/london-calendar';

/**
 * The week from today, cached and regenerated at London midnight, when "today" moves on. Which
 * show is on air is marked by the browser as time passes (CurrentAiringProvider), so a copy
 * cached earlier in the day is still right.
 */
export async function LiveSchedule() {
  'use cache';
  cacheTag('on-air');
  const at = new Date();
  const midnight = londonWallTimeToInstant(addCalendarDays(londonDateOf(at), 1), 0);
  cacheLife({ revalidate: Math.max(1, Math.ceil((+midnight - +at) / 1000)), expire: 2 * 86_400 });
  return <ScheduleWeek schedule={schedule} at={at} />;
}
