'use client';

// Island: one for the whole list, where each row's artwork would otherwise be an island of its own.
import { useEffect } from 'react';

/** An image whose link is dead gives way to its `data-fallback` (the show's), or goes. */
function mend(image: HTMLImageElement) {
  const fallback = image.dataset.fallback;
  if (fallback && image.getAttribute('src') !== fallback) image.src = fallback;
  else image.style.visibility = 'hidden';
}

/**
 * Mends the artwork of the plays list (./played-hours.tsx): images that failed before it ran
 * (complete, with no size), and any that fail later, as rows scroll into view or arrive.
 */
export function ArtworkFallback() {
  useEffect(() => {
    const list = () => document.getElementById('played-list');
    list()
      ?.querySelectorAll('img')
      .forEach((image) => {
        if (image.complete && image.naturalWidth === 0 && image.currentSrc) mend(image);
      });
    // Error events do not bubble: listen in the capture phase, on the document (today's list is
    // re-rendered as plays arrive).
    const onError = (event: Event) => {
      const target = event.target;
      if (target instanceof HTMLImageElement && list()?.contains(target)) mend(target);
    };
    document.addEventListener('error', onError, true);
    return () => document.removeEventListener('error', onError, true);
  }, []);
  return null;
}
