import { formatZoneAbbr } from '@/lib/time/london';
import { findZoneChange } from '@/lib/time/zone-change';
import { DateTime } from '@/components/date-time';

type Props = { from: Date; to: Date };

/**
 * Every time on the page is the station's: "All times are UK time (GMT)". A week with a clock
 * change says when, since that night's times skip or repeat an hour.
 */
export function TimeZoneNote({ from, to }: Props) {
  const change = findZoneChange(from, to);
  if (!change) return <p>All times are UK time ({formatZoneAbbr(from)}).</p>;
  return (
    <p>
      All times are UK time. The clocks go {change.direction} an hour at {change.clockReads} on{' '}
      <DateTime value={change.at} format="long-date" />: times before then are {change.from}, from
      then on {change.to}.
    </p>
  );
}
