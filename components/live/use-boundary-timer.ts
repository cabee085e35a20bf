'use client';

import { useEffect } from 'react';

// setTimeout fires at once for delays past 2^31 - 1 ms; a far boundary is re-checked daily.
const LONGEST_WAIT = 24 * 60 * 60 * 1000;

/**
 * Runs `update` now, then again at the instant it returns — the next moment its answer changes,
 * in ms since the epoch, or null for never — so nothing polls. A sleeping laptop fires timers
 * late, so it also runs when the tab becomes visible again. Pass a stable `update` (useCallback).
 */
export function useBoundaryTimer(update: () => number | null) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => {
      clearTimeout(timer);
      const changesAt = update();
      if (changesAt === null) return;
      timer = setTimeout(run, Math.min(LONGEST_WAIT, Math.max(0, changesAt - Date.now())));
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') run();
    };
    run();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [update]);
}
