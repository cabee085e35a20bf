import { wasListeningRecently } from '@/lib/player/stored-settings';

/**
 * "This tab was listening": kept in sessionStorage (per tab, survives a reload, not a new tab),
 * so a reload can offer a one-tap Resume. Never used to autoplay.
 */
const KEY = 'oldham-reporter-player:listening-at';

export function markListening(now = Date.now()) {
  try {
    sessionStorage.setItem(KEY, String(now));
  } catch {
    // Storage can be full or switched off; the visitor then just sees "Listen live".
  }
}

export function forgetListening() {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    /* as above */
  }
}

export function readWasListening(now = Date.now()): boolean {
  try {
    return wasListeningRecently(sessionStorage.getItem(KEY), now);
  } catch {
    return false;
  }
}
