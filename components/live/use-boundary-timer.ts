'use client';

import { useEffect } from 'react';
import { afterStartUp } from '@/lib/browser/after-start-up';

// setTimeout fires at once for delays past 2^31 - 1 ms; a far boundary is re-checked daily.
const LONGEST_WAIT = 24 * 60 * 60 * 1000;

/** When the answer next changes, in ms since the epoch, or null for never. */
type NextChange = number | null;

/**
 * Runs `update` now, then again at the instant it returns — the next moment its answer changes —
 * so nothing polls. `update` may answer later (a promise), when it has to ask the server. A
 * sleeping laptop fires timers late, so it also runs when the tab becomes visible again. The
 * first run waits until the page has started (lib/browser/after-start-up.ts): until then the
 * page shows what it was served with, as its HTML did. Pass a stable `update` (useCallback).
 */
export function useBoundaryTimer(update: () => NextChange | Promise<NextChange>) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Bumped by every run and by unmounting: a late answer from an older run is ignored.
    let generation = 0;
    const schedule = (changesAt: NextChange) => {
      if (changesAt === null) return;
      timer = setTimeout(run, Math.min(LONGEST_WAIT, Math.max(0, changesAt - Date.now())));
    };
    const run = () => {
      clearTimeout(timer);
      const mine = ++generation;
      const answer = update();
      if (typeof answer === 'number' || answer === null) schedule(answer);
      else void answer.then((changesAt) => mine === generation && schedule(changesAt));
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') run();
    };
    const cancelFirstRun = afterStartUp(run);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      generation++;
      cancelFirstRun();
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [update]);
}
