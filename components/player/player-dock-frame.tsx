import type { ReactNode, Ref } from 'react';

type Props = { children?: ReactNode; ref?: Ref<HTMLElement> };

/**
 * The dock's box: fixed to the bottom of the viewport, with a spacer of the same height in the
 * page flow so the footer is never hidden under it. The player and its Suspense fallback both
 * use it, so nothing moves when the player arrives. The island keeps `--player-height` (read by
 * the spacer and by `scroll-padding-bottom` in globals.css) equal to the dock's real height.
 */
export function PlayerDockFrame({ children, ref }: Props) {
  return (
    <div data-print="hide">
      {/* The fallbacks are the dock's height before the island measures it (1px: the border). */}
      <div
        aria-hidden="true"
        className="h-[var(--player-height,calc(4rem_+_1px))] sm:h-[var(--player-height,calc(4.5rem_+_1px))]"
      />
      <section
        ref={ref}
        aria-label="Radio player"
        className="fixed inset-x-0 bottom-0 z-40 border-t border-white/15 bg-brand-dark pb-[env(safe-area-inset-bottom)] text-white"
      >
        <div className="mx-auto flex min-h-16 max-w-6xl items-center gap-2 px-3 py-2 sm:min-h-18 sm:gap-3 sm:px-4">
          {children ?? <PlayerPlaceholder />}
        </div>
      </section>
    </div>
  );
}

/** What shows for the moment before the request-time player streams in. */
function PlayerPlaceholder() {
  return (
    <>
      <div aria-hidden="true" className="h-11 w-36 shrink-0 rounded-full bg-white/10" />
      <p className="min-w-0 flex-1 truncate text-sm text-white/80">Live radio</p>
    </>
  );
}
