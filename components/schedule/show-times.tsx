import { formatLondonIso, formatTime, formatZoneAbbr } from '@/lib/time/london';

type Props = { start: Date; end: Date };

/**
 * "11:00pm - 1:00am", machine-readable with London's offset. Across a clock change each end
 * names its zone ("11:00pm GMT - 2:00am BST"), since the range alone would mislead.
 */
export function ShowTimes({ start, end }: Props) {
  const startZone = formatZoneAbbr(start);
  const endZone = formatZoneAbbr(end);
  const zones = startZone === endZone ? null : { start: ` ${startZone}`, end: ` ${endZone}` };
  return (
    <>
      <time dateTime={formatLondonIso(start)} className="whitespace-nowrap">
        {formatTime(start)}
        {zones?.start}
      </time>{' '}
      -{' '}
      <time dateTime={formatLondonIso(end)} className="whitespace-nowrap">
        {formatTime(end)}
        {zones?.end}
      </time>
    </>
  );
}
