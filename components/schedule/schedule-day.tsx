import { AiringList } from './airing-list';
import type { ScheduleDay as Day } from '@/lib/schedule/resolve';
import { DateTime } from '@/components/date-time';

type Props = { day: Day; anchor: string };

/** One London day: "Today Saturday 28 November", then every show that starts on it. */
export function ScheduleDay({ day, anchor }: Props) {
  const relative = day.label !== day.longDate;
  return (
    <section id={anchor} aria-labelledby={`${anchor}-heading`} className="scroll-mt-4">
      <h2
        id={`${anchor}-heading`}
        className="flex flex-wrap items-baseline gap-x-3 border-b-2 border-brand pb-2 text-2xl font-bold"
      >
        {relative ? <span>{day.label}</span> : null}
        <DateTime
          value={day.date}
          format="long-date"
          className={relative ? 'text-base font-normal text-muted' : undefined}
        />
      </h2>
      {day.occurrences.length > 0 ? (
        <AiringList occurrences={day.occurrences} />
      ) : (
        <p className="py-4 text-muted">No shows start on this day.</p>
      )}
    </section>
  );
}
