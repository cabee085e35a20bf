'use client';

// Island: "On air now" becomes "Next on …" when the airing ends, without a reload.
import { useCallback, useState } from 'react';
import { DateTime } from '@/components/date-time';
import { ShowTimes } from '@/components/schedule/show-times';
import { useBoundaryTimer } from '@/components/live/use-boundary-timer';
import { airingAt, type AiringView, type AiringWords } from '@/lib/schedule/airing-view';
import { inOneZone } from '@/lib/time/london';

type Props = {
  /** The show's airings from the page's render on, in order. */
  airings: AiringView[];
  /** When the page was made: which airing it showed, until the browser's clock takes over. */
  renderedAt: string;
  /** That airing as the server wrote it, while it is the one shown. */
  written?: AiringWords;
};

export function NextAiringIsland({ airings, renderedAt, written }: Props) {
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
  const words = written?.of === airing.start ? written : undefined;
  // Across a clock change each end names its zone (ShowTimes); otherwise one label does. The
  // times and their zone break as one: split where the text ends, they moved when the web font
  // replaced its fallback (a layout shift of 0.045 on a phone, docs/performance.md).
  const oneZone = words ? words.oneZone : inOneZone(new Date(airing.start), new Date(airing.end));
  return (
    <p data-testid="next-airing">
      {onAir ? (
        <>
          <span className="font-bold text-live">On air now</span>,{' '}
          <span className="whitespace-nowrap">
            until <DateTime value={airing.end} format="time" written={words?.until} /> UK time
          </span>
        </>
      ) : (
        <>
          <span className="font-bold">Next on</span>{' '}
          <DateTime value={airing.start} format="short-date" written={words?.date} />,{' '}
          <span className="whitespace-nowrap">
            <ShowTimes start={airing.start} end={airing.end} written={words} />
            {oneZone ? ' UK time' : null}
          </span>
        </>
      )}
    </p>
  );
}
