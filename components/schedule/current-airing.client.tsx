'use client';

// Island: the show on air changes at its boundary in an open tab; this moves the highlight then.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { useBoundaryTimer } from '@/components/live/use-boundary-timer';
import { findCurrentAiring, type AiringRun } from '@/lib/schedule/current-airing';

const CurrentAiring = createContext<string | null>(null);

type Props = AiringRun & {
  /** The server's answer for the moment of the request, so hydration matches. */
  initialCurrent: string | null;
  children: ReactNode;
};

/**
 * Knows which listed airing is on air, from the browser's clock, waking only at the next
 * boundary (no polling), like the header's strip (components/live/use-on-air.ts). A sleeping
 * laptop wakes late; becoming visible again catches up.
 */
export function CurrentAiringProvider({ starts, end, initialCurrent, children }: Props) {
  const [current, setCurrent] = useState(initialCurrent);

  const update = useCallback(() => {
    const answer = findCurrentAiring({ starts, end }, Date.now());
    setCurrent(answer.current);
    return answer.changesAt;
  }, [starts, end]);
  useBoundaryTimer(update);

  return <CurrentAiring value={current}>{children}</CurrentAiring>;
}

/** Whether the airing starting at `start` (as listed in the run) is on air now. */
export function useIsOnAir(start: string): boolean {
  return useContext(CurrentAiring) === start;
}
