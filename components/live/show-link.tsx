import Link from 'next/link';
import type { AiringView } from '@/lib/schedule/airing-view';
import { showPath } from '@/lib/shows/paths';

/**
 * A show's name in the live chrome (the strip, the player), linking to its page. No prefetch:
 * the chrome is on every page, and most readers never follow it.
 */
export function ShowLink({
  airing,
  className = '',
}: {
  airing: Pick<AiringView, 'showId' | 'show'>;
  className?: string;
}) {
  return (
    <Link
      href={showPath(airing.showId)}
      prefetch={false}
      className={`truncate text-white underline decoration-white/40 underline-offset-2 hover:decoration-white focus-visible:outline-accent ${className}`}
    >
      {airing.show}
    </Link>
  );
}
