'use client';

import { useEffect, useState } from 'react';
import { publishCurrentShow } from './current-show-store';
import { onAirViewAt, type OnAirView } from './on-air-state';
import type { Schedule } from '@/lib/schedule/schema';

/**
 * The show on air, recomputed in the browser from the schedule at each boundary: no polling.
 * Starts from the server's answer (so hydration matches), then from the browser's clock, which
 * also corrects a page that was served from a cache or left open overnight.
 */
export function useOnAir(schedule: Schedule, initial: OnAirView): OnAirView {
  const [view, setView] = useState(initial);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      clearTimeout(timer);
      const next = onAirViewAt(schedule, new Date());
      setView((current) => (sameAiring(current, next) ? current : next));
      publishCurrentShow(next.now);
      // Wake at the boundary. A sleeping laptop fires late, and the visibility check catches up.
      timer = setTimeout(update, Math.max(0, Date.parse(next.now.end) - Date.now()));
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
  }, [schedule]);

  return view;
}

const sameAiring = (a: OnAirView, b: OnAirView) => JSON.stringify(a) === JSON.stringify(b);
