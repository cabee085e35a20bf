import { buttonLabel } from '@/lib/player/labels';
import type { PlayerState } from '@/lib/player/machine';
import { PlayIcon, RetryIcon, SpinnerIcon, StopIcon } from './player-icons';

type Props = {
  state: PlayerState;
  /** Until the island has hydrated, a press could not start anything. */
  disabled: boolean;
  onPlay: () => void;
  onStop: () => void;
  /** A round button on a phone, its words for screen readers only: an episode needs the room. */
  compact?: boolean;
};

/** The main button: its visible words are its accessible name (labels.ts). */
export function PlayButton({ state, disabled, onPlay, onStop, compact = false }: Props) {
  const label = buttonLabel(state);
  const stops = label === 'Stop';
  const round = stops || compact;
  const busy = state.status === 'connecting' || state.status === 'reconnecting';
  const Icon = busy ? SpinnerIcon : stops ? StopIcon : label === 'Try again' ? RetryIcon : PlayIcon;
  return (
    <button
      type="button"
      onClick={stops ? onStop : onPlay}
      disabled={disabled}
      className={`inline-flex h-11 min-w-11 shrink-0 items-center gap-2 rounded-full bg-accent ${round ? 'max-sm:justify-center max-sm:px-0' : ''} px-4 font-semibold text-brand-dark hover:bg-white focus-visible:outline-white disabled:cursor-wait`}
    >
      <Icon />
      {/* While listening on a phone, the square says Stop: the track and the notices get the room
          (and so does an episode). */}
      <span className={round ? 'max-sm:sr-only' : undefined}>{label}</span>
    </button>
  );
}
