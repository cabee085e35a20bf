'use client';

// Island: the show on air changes at its boundary in an open tab; this moves the highlight then.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { findCurrentAiring, type AiringRun } from '@/lib/schedule/current-airing';

const CurrentAiring = createContext<string | null>(null);

type Props = AiringRun & {
  /** The server's answer for the moment of the request, so hydration matches. */
  initialCurrent: string | null;
  children: ReactNode;
};

// A longer setTimeout delay than 2^31 - 1 ms fires at once; a far boundary is re-checked daily.
const LONGEST_WAIT = 24 * 60 * 60 * 1000;

/**
 * Knows which listed airing is on air, from the browser's clock, waking only at the next
 * boundary (no polling), like the header's strip (components/live/use-on-air.ts). A sleeping
 * laptop wakes late; becoming visible again catches up.
 */
export function CurrentAiringProvider({ starts, end, initialCurrent, children }: Props) {
  const [current, setCurrent] = useState(initialCurrent);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      clearTimeout(timer);
      const now = Date.now();
      const answer = findCurrentAiring({ starts, end }, now);
      setCurrent(answer.current);
      if (answer.changesAt === null) return;
      timer = setTimeout(update, Math.min(LONGEST_WAIT, Math.max(0, answer.changesAt - now)));
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') update();
    };
    update();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [starts, end]);

  return <CurrentAiring value={current}>{children}</CurrentAiring>;
}

/** Whether the airing starting at `start` (as listed in the run) is on air now. */
export function useIsOnAir(start: string): boolean {
  return useContext(CurrentAiring) === start;
}
