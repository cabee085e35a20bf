import { DateTime } from '@/components/date-time';
import { formatZoneAbbr } from '@/lib/time/london';

type Props = { start: Date; end: Date };

/**
 * "11:00pm - 1:00am", machine-readable with London's offset. Across a clock change each end
 * names its zone ("11:00pm GMT - 2:00am BST"), since the range alone would mislead.
 */
export function ShowTimes({ start, end }: Props) {
  const format = formatZoneAbbr(start) === formatZoneAbbr(end) ? 'time' : 'time-zone';
  return (
    <>
      <DateTime value={start} format={format} className="whitespace-nowrap" /> -{' '}
      <DateTime value={end} format={format} className="whitespace-nowrap" />
    </>
  );
}
