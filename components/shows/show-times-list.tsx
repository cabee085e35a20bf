import { DateTime } from '@/components/date-time';
import { ShowTimes } from '@/components/schedule/show-times';
import { schedule } from '@/lib/schedule/load';
import { listOccurrences } from '@/lib/schedule/resolve';
import { wallTimeLabel, weeklyTimes } from '@/lib/shows/airings';
import { londonWallTimeToInstant, minutesOf } from '@/lib/time/london-calendar';

/**
 * A show's regular weekly times ("Every day, 11:00pm – 1:00am"), one line for each set of days
 * at the same time, in the station's UK time; then its specials. A time crossing midnight is
 * written once, as the schedule does. Specials still to come, as of `at`.
 */
export function ShowTimesList({ showId, at }: { showId: string; at: string }) {
  const times = weeklyTimes(schedule, showId);
  const specials = schedule.overrides
    .filter((override) => override.show === showId)
    .flatMap((override) => {
      const start = londonWallTimeToInstant(override.date, minutesOf(override.start));
      return listOccurrences(schedule, start, new Date(+start + 1)).filter(
        (occurrence) =>
          occurrence.showId === showId && occurrence.special && +occurrence.end > Date.parse(at),
      );
    });
  return (
    <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
      {times.map((time) => (
        <div key={`${time.start}-${time.end}`} className="contents">
          <dt className="font-semibold">{time.label}</dt>
          <dd>
            {wallTimeLabel(time.start)} – {wallTimeLabel(time.end)} UK time
          </dd>
        </div>
      ))}
      {specials.map((special) => (
        <div key={special.start.toISOString()} className="contents">
          <dt className="font-semibold">Special</dt>
          <dd>
            <DateTime value={special.start} format="short-date" />,{' '}
            <ShowTimes start={special.start} end={special.end} /> UK time
          </dd>
        </div>
      ))}
    </dl>
  );
}
