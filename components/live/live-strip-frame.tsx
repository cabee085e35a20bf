import type { ReactNode } from 'react';

/** The strip's box: fixed height at each breakpoint, so its content never shifts the page. */
export function LiveStripFrame({ children }: { children?: ReactNode }) {
  return (
    <section
      aria-label="On air"
      className="border-t border-white/15 bg-brand-dark text-sm text-white"
    >
      <div className="mx-auto grid h-28 max-w-6xl grid-cols-1 content-center gap-x-6 gap-y-1 px-4 sm:h-16 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,2fr)]">
        {children}
      </div>
    </section>
  );
}
