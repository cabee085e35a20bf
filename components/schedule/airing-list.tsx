import { AiringItem } from './on-air-marks.client';
import { ScheduleEntry } from './schedule-entry';
import type { Occurrence } from '@/lib/schedule/resolve';

type Props = { occurrences: Occurrence[] };

/** Shows in the order they air; the one on air is marked by the browser as time passes. */
export function AiringList({ occurrences }: Props) {
  return (
    <ol className="divide-y divide-rule">
      {occurrences.map((occurrence) => {
        const start = occurrence.start.toISOString();
        return (
          <AiringItem key={start} start={start}>
            <ScheduleEntry occurrence={occurrence} />
          </AiringItem>
        );
      })}
    </ol>
  );
}
