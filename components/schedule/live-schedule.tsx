import { connection } from 'next/server';
import { ScheduleWeek } from './schedule-week';
import { schedule } from '@/lib/schedule/load';

/**
 * The week as of the moment of each request: "today" and the show on air depend on the clock,
 * so this is a dynamic hole in the prerendered page, like the header's strip.
 * @see https://nextjs.org/docs/app/api-reference/functions/connection
 */
export async function LiveSchedule() {
  await connection();
  return <ScheduleWeek schedule={schedule} at={new Date()} />;
}
