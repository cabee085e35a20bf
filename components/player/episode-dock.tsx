import Link from 'next/link';
import type { KeyboardEvent } from 'react';
import { formatClock } from '@/lib/listen-again/format';
import type { EpisodeSource, EpisodeStatus } from './episode-controller';
import { PauseIcon, PlayIcon, SpinnerIcon } from './player-icons';

type Props = {
  source: EpisodeSource;
  status: EpisodeStatus;
  position: number;
  duration: number;
  onPlay: () => void;
  onPause: () => void;
  onSeek: (seconds: number) => void;
};

const STATUS_TEXT: Record<EpisodeStatus, string> = {
  loading: 'Loading…',
  playing: 'Listen again',
  paused: 'Paused',
  ended: 'Finished',
  error: 'This recording could not be played',
};
// Arrow keys move the scrubber by this much, Page Up and Down by a minute.
const STEP_S = 10;
const PAGE_S = 60;

/**
 * The dock while an episode plays (listen again): its play/pause, what it is (a link to its page)
 * and a scrubber a keyboard can move (arrows 10 s, Page Up/Down a minute, Home/End). Listen live
 * keeps its place to the left: one press goes back to the live station.
 */
export function EpisodeDock({
  source,
  status,
  position,
  duration,
  onPlay,
  onPause,
  onSeek,
}: Props) {
  const playing = status === 'playing' || status === 'loading';
  const Icon = status === 'loading' ? SpinnerIcon : playing ? PauseIcon : PlayIcon;
  const length = duration || source.durationS;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const by: Record<string, number> = {
      ArrowRight: STEP_S,
      ArrowUp: STEP_S,
      ArrowLeft: -STEP_S,
      ArrowDown: -STEP_S,
      PageUp: PAGE_S,
      PageDown: -PAGE_S,
    };
    const step = by[event.key];
    if (step === undefined) return;
    event.preventDefault();
    onSeek(position + step);
  };
  return (
    <>
      <button
        type="button"
        onClick={playing ? onPause : onPlay}
        aria-label={playing ? 'Pause the episode' : 'Play the episode'}
        className="grid size-11 shrink-0 place-items-center rounded-full border border-white/40 hover:bg-white/10 focus-visible:outline-white"
      >
        <Icon />
      </button>
      <div className="min-w-0 flex-1">
        <div className="flex min-w-0 items-baseline gap-2">
          <p
            role="status"
            aria-live="polite"
            className="truncate text-xs font-bold text-accent uppercase sm:tracking-wider"
          >
            {STATUS_TEXT[status]}
          </p>
          <p className="ml-auto shrink-0 text-xs text-white/80 tabular-nums" aria-hidden="true">
            {formatClock(position)} / {formatClock(length)}
          </p>
        </div>
        <p className="text-sm" data-testid="player-episode">
          {/* 24 px tall (WCAG 2.2 target size), cut short with an ellipsis on a phone. */}
          <Link
            href={source.href}
            prefetch={false}
            className="block truncate leading-6 underline-offset-2 hover:underline"
          >
            {source.title}
          </Link>
        </p>
        <input
          type="range"
          aria-label="Position in the episode"
          min={0}
          max={Math.max(1, Math.floor(length))}
          step={1}
          value={Math.min(Math.floor(position), Math.floor(length))}
          aria-valuetext={`${formatClock(position)} of ${formatClock(length)}`}
          onKeyDown={onKeyDown}
          onChange={(event) => onSeek(Number(event.currentTarget.value))}
          className="block h-6 w-full cursor-pointer accent-accent focus-visible:outline-accent"
        />
      </div>
    </>
  );
}
