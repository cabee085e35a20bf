/**
 * Work an island can leave until the page has started: opening the live channel, the first run
 * of its timers. While a page loads on a phone the main thread is busy hydrating it, and every
 * task added then is time a reader's first tap waits for (Total Blocking Time). Such work runs
 * at the browser's first idle moment after it is asked for (hydration is over by then), or
 * `MAX_WAIT_MS` later on a page that never idles; once the page has been idle once, at once.
 * Nothing a reader presses waits for this: the player's button plays without it.
 * @see https://w3c.github.io/requestidlecallback/
 */
const MAX_WAIT_MS = 2_000;
/** Where the browser has no requestIdleCallback (Safari): after the load event and this long. */
const FALLBACK_DELAY_MS = 200;

type Scheduler = {
  /** Calls `run` when the page is idle (or after `timeout` ms); returns a cancel. */
  idle(run: () => void, timeout: number): () => void;
};

let started = false;

const browserScheduler: Scheduler = {
  idle(run, timeout) {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(run, { timeout });
      return () => cancelIdleCallback(handle);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => (timer = setTimeout(run, FALLBACK_DELAY_MS));
    if (document.readyState === 'complete') later();
    else window.addEventListener('load', later, { once: true });
    return () => {
      window.removeEventListener('load', later);
      clearTimeout(timer);
    };
  },
};

/**
 * Runs `work` once the page has started (see above); returns a function that cancels it if it
 * has not run yet.
 */
export function afterStartUp(work: () => void, scheduler: Scheduler = browserScheduler) {
  if (started) {
    work();
    return () => {};
  }
  return scheduler.idle(() => {
    started = true;
    work();
  }, MAX_WAIT_MS);
}

/** For tests: the page starts again. */
export function resetStartUp() {
  started = false;
}
