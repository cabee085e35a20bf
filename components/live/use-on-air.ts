'use client';

import { useCallback, useState } from 'react';
import { publishCurrentShow } from './current-show-store';
import { onAirViewAt, type OnAirView } from './on-air-state';
import { useBoundaryTimer } from './use-boundary-timer';
import type { Schedule } from '@/lib/schedule/schema';

/**
 * The show on air, recomputed in the browser from the schedule at each boundary: no polling.
 * Starts from the server's answer (so hydration matches), then from the browser's clock, which
 * also corrects a page that was served from a cache or left open overnight.
 */
export function useOnAir(schedule: Schedule, initial: OnAirView): OnAirView {
  const [view, setView] = useState(initial);

  const update = useCallback(() => {
    const next = onAirViewAt(schedule, new Date());
    setView((current) => (sameAiring(current, next) ? current : next));
    publishCurrentShow(next.now);
    return Date.parse(next.now.end);
  }, [schedule]);
  useBoundaryTimer(update);

  return view;
}

const sameAiring = (a: OnAirView, b: OnAirView) => JSON.stringify(a) === JSON.stringify(b);
