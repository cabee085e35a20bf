import { statusText } from '@/lib/player/labels';
import type { PlayerState } from '@/lib/player/machine';

/**
 * Connecting…, Playing, Reconnecting…, Stream offline…: in a polite live region, so a screen
 * reader hears each change without losing its place. The track is not in it: a change every
 * few minutes would be chatter.
 */
export function PlayerStatus({ state }: { state: PlayerState }) {
  const live = state.status === 'playing';
  const trouble = state.status === 'reconnecting' || state.status === 'offline';
  return (
    <p
      role="status"
      aria-live="polite"
      className={`flex min-w-0 items-center gap-1.5 text-xs font-bold uppercase sm:tracking-wider ${trouble ? 'text-white' : 'text-accent'}`}
    >
      {live && (
        <span
          aria-hidden="true"
          className="inline-block size-2 shrink-0 rounded-full bg-live ring-2 ring-white/80 motion-safe:animate-pulse"
        />
      )}
      <span className="truncate">{statusText(state)}</span>
    </p>
  );
}
