'use client';

import { useEffect, type RefObject } from 'react';

/**
 * Publishes the dock's height as `--player-height` on <html>: `scroll-padding-bottom` then keeps
 * a focused element above the dock, and the spacer under the footer matches it, at any zoom.
 * @see https://www.w3.org/WAI/WCAG22/Understanding/focus-not-obscured-minimum.html
 */
export function usePlayerHeight(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const dock = ref.current;
    if (!dock || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const update = () =>
      root.style.setProperty(
        '--player-height',
        `${Math.ceil(dock.getBoundingClientRect().height)}px`,
      );
    update();
    const observer = new ResizeObserver(update);
    observer.observe(dock);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--player-height');
    };
  }, [ref]);
}
