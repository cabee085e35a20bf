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
    // The observer reports the dock's size once it is laid out, and on each change: reading it
    // here instead (getBoundingClientRect) forced a layout in the middle of hydration.
    const observer = new ResizeObserver(([entry]) => {
      const height = entry?.borderBoxSize[0]?.blockSize ?? entry?.contentRect.height ?? 0;
      root.style.setProperty('--player-height', `${Math.ceil(height)}px`);
    });
    observer.observe(dock);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--player-height');
    };
  }, [ref]);
}
