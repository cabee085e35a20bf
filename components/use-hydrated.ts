'use client';

import { useSyncExternalStore } from 'react';

const subscribeNothing = () => () => {};
const never = () => false;
const always = () => true;

/**
 * What the browser can do (`check`), asked once hydrated: false on the server and during
 * hydration, so the first render matches the HTML, then the browser's answer.
 */
export function useBrowserCan(check: () => boolean): boolean {
  return useSyncExternalStore(subscribeNothing, check, never);
}

/**
 * False on the server and during hydration, true after: a control that only works with the
 * island's JavaScript (a button) is enabled, or shown, only once it does something.
 */
export function useHydrated(): boolean {
  return useBrowserCan(always);
}
