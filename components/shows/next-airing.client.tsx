'use client';

// Island: "On air now" becomes "Next on …" when the airing ends, without a reload.
import { useCallback, useState } from 'react';
import { DateTime } from '@/components/date-time';
import { ShowTimes } from '@/components/schedule/show-times';
import { useBoundaryTimer } from '@/components/live/use-boundary-timer';
import type { AiringView } from '@/lib/schedule/airing-view';
import { formatZoneAbbr } from '@/lib/time/london';

type Props = {
  /** The show's airings from the page's render on, in order. */
  airings: AiringView[];
  /** When the page was made: which airing it showed, until the browser's clock takes over. */
  renderedAt: string;
};

/** The airing on at `at`, or the next one, and when that answer changes. */
function airingAt(airings: AiringView[], at: number) {
  const airing = airings.find((candidate) => Date.parse(candidate.end) > at);
  if (!airing) return { airing: undefined, changesAt: null };
  const start = Date.parse(airing.start);
  return { airing, onAir: start <= at, changesAt: start > at ? start : Date.parse(airing.end) };
}

export function NextAiring({ airings, renderedAt }: Props) {
  const [now, setNow] = useState(() => Date.parse(renderedAt));
  const update = useCallback(() => {
    const at = Date.now();
    setNow(at);
    return airingAt(airings, at).changesAt;
  }, [airings]);
  useBoundaryTimer(update);

  const { airing, onAir } = airingAt(airings, now);
  if (!airing) {
    return <p data-testid="next-airing">No airings are scheduled at the moment.</p>;
  }
  const [start, end] = [new Date(airing.start), new Date(airing.end)];
  // Across a clock change each end names its zone (ShowTimes); otherwise one label does.
  const oneZone = formatZoneAbbr(start) === formatZoneAbbr(end);
  return (
    <p data-testid="next-airing">
      {onAir ? (
        <>
          <span className="font-bold text-live">On air now</span>, until{' '}
          <DateTime value={airing.end} format="time" /> UK time
        </>
      ) : (
        <>
          <span className="font-bold">Next on</span>{' '}
          <DateTime value={airing.start} format="short-date" />,{' '}
          <ShowTimes start={start} end={end} />
          {oneZone ? ' UK time' : null}
        </>
      )}
    </p>
  );
}
