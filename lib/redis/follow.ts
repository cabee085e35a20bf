import 'server-only';
import { pause, retryWhileUp, type RedisLink } from './connection';

/** How long a request waits for the first load before it is answered with what there is. */
const READY_WAIT_MS = 3_000;

/**
 * Keeps this instance's copy of something shared in Redis loaded: from start-up (once connected)
 * and after every reconnection, `reload` runs until it succeeds while connected (if Redis went
 * away again, the link has logged it and the next connection runs it anew), then `loaded` is told
 * whether that was the first load. `refresh` runs it on demand (a change announced by another
 * instance). `ready` is waited for once, from start-up: with Redis away for longer, requests do
 * not wait again.
 */
export function followShared(
  link: RedisLink,
  reload: () => Promise<void>,
  loaded: (first: boolean) => void,
) {
  let first = true;
  let markLoaded = () => {};
  const firstLoad = new Promise<void>((resolve) => (markLoaded = resolve));
  const refresh = () =>
    retryWhileUp(link, reload).then((ok) => {
      if (!ok) return;
      const wasFirst = first;
      first = false;
      markLoaded();
      loaded(wasFirst);
    });
  const initialWait = Promise.race([firstLoad, pause(READY_WAIT_MS)]);
  const stop = link.onConnected(() => void refresh());
  if (link.isUp()) void refresh();
  return { refresh, ready: () => initialWait, stop };
}
