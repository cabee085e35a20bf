import { ScheduleLayout } from './schedule-layout';

const placeholder = 'rounded-sm bg-slate-200 motion-safe:animate-pulse';
const days = Array.from({ length: 7 }, (_, i) => i);

/** The schedule's Suspense fallback: the same frame, grey where the days will be. */
export function ScheduleSkeleton() {
  return (
    <ScheduleLayout
      note={<p>All times are UK time.</p>}
      nav={<div aria-hidden="true" className={`h-11 lg:h-80 ${placeholder}`} />}
    >
      <p className="sr-only">Loading the schedule</p>
      {days.map((day) => (
        // About a day's height: nine shows.
        <div key={day} aria-hidden="true">
          <div className={`h-9 w-48 ${placeholder}`} />
          <div className={`mt-4 h-[60rem] sm:h-[45rem] ${placeholder}`} />
        </div>
      ))}
    </ScheduleLayout>
  );
}
