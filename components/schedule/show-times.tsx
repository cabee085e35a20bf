import { DateTime } from '@/components/date-time';
import { inOneZone } from '@/lib/time/london';

type Props = {
  /** Dates, or ISO 8601 instants (machine-readable as they are: no formatter is made for them). */
  start: Date | string;
  end: Date | string;
  /** Both ends as the server wrote them (lib/schedule/airing-words.ts): no formatter is made. */
  written?: { start: string; end: string };
};

/**
 * "11:00pm - 1:00am", machine-readable with London's offset. Across a clock change each end
 * names its zone ("11:00pm GMT - 2:00am BST"), since the range alone would mislead.
 */
export function ShowTimes({ start, end, written }: Props) {
  const format = written || inOneZone(new Date(start), new Date(end)) ? 'time' : 'time-zone';
  return (
    <>
      <DateTime
        value={start}
        format={format}
        written={written?.start}
        className="whitespace-nowrap"
      />{' '}
      -{' '}
      <DateTime value={end} format={format} written={written?.end} className="whitespace-nowrap" />
    </>
  );
}
