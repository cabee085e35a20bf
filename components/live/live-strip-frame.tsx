import type { ReactNode } from 'react';

/**
 * The strip's box, a region named "On air". Its content sets the height: one slim line on a
 * phone (until the reader opens it), one fixed-height row from `sm` up, so it never shifts the
 * page by itself.
 */
export function LiveStripFrame({ children }: { children?: ReactNode }) {
  return (
    <section
      aria-label="On air"
      className="border-t border-white/15 bg-brand-dark text-sm text-white"
    >
      {children}
    </section>
  );
}
