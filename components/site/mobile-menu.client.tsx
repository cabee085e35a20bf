'use client';

import { useRef, type ReactNode } from 'react';

/**
 * The phone's "Menu": a <details>, so it opens without JavaScript; with it, it also closes when
 * a link in it is followed (the layout, and so the menu, stays on screen across client
 * navigation) and on Escape, handing focus back to the "Menu" button.
 */
export function MobileMenu({ summary, children }: { summary: ReactNode; children: ReactNode }) {
  const details = useRef<HTMLDetailsElement>(null);
  const close = (refocus: boolean) => {
    if (!details.current?.open) return;
    details.current.open = false;
    if (refocus) details.current.querySelector('summary')?.focus();
  };
  return (
    <details
      ref={details}
      className="group relative sm:hidden"
      onClick={(event) => {
        if ((event.target as Element).closest('a')) close(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close(true);
      }}
    >
      {summary}
      {children}
    </details>
  );
}
