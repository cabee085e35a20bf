'use client';

// Island: the buttons that start an episode in the dock (components/player/episode-controller.ts),
// the one audio element that keeps playing while the listener moves between pages.
import { useSyncExternalStore } from 'react';
import {
  episodeController,
  type EpisodeSource,
  type PlayingEpisode,
} from '@/components/player/episode-controller';
import { readPosition } from '@/components/player/episode-positions';
import { PauseIcon, PlayIcon } from '@/components/player/player-icons';
import { useHydrated } from '@/components/use-hydrated';
import { formatClock } from '@/lib/listen-again/format';

function useEpisode(source: EpisodeSource) {
  const episodes = episodeController();
  const state = useSyncExternalStore(episodes.subscribe, episodes.getState, episodes.getState);
  const current = state.source?.key === source.key ? (state as PlayingEpisode) : null;
  // Where the listener left it (the browser's storage: nothing on the server), read again as
  // the dock moves on.
  const left = useSyncExternalStore(
    episodes.subscribe,
    () => readPosition(source.key),
    () => null,
  );
  return { episodes, current, left };
}

/** "Play", "Resume from 12:30" where the listener left it, "Pause" while it plays. */
export function PlayEpisodeButton({ source }: { source: EpisodeSource }) {
  const hydrated = useHydrated();
  const { episodes, current, left } = useEpisode(source);
  const playing = current?.status === 'playing' || current?.status === 'loading';
  const label = playing
    ? 'Pause'
    : current && current.position > 0 && current.status !== 'ended'
      ? `Resume from ${formatClock(current.position)}`
      : left !== null
        ? `Resume from ${formatClock(left)}`
        : 'Play';
  return (
    <button
      type="button"
      disabled={!hydrated}
      onClick={() => (playing ? episodes.pause() : episodes.play(source))}
      className="inline-flex h-11 items-center gap-2 rounded-full bg-brand px-5 font-semibold text-white hover:bg-brand-dark disabled:cursor-wait"
    >
      {playing ? <PauseIcon /> : <PlayIcon />}
      {label}
    </button>
  );
}

/** A track's place in the recording: pressing it plays the episode from there. */
export function ChapterButton({
  source,
  at,
  track,
}: {
  source: EpisodeSource;
  at: number;
  track: string;
}) {
  const hydrated = useHydrated();
  const { episodes } = useEpisode(source);
  return (
    <button
      type="button"
      disabled={!hydrated}
      aria-label={`Play from ${formatClock(at)}: ${track}`}
      onClick={() => episodes.play(source, at)}
      className="inline-flex min-h-6 min-w-16 items-center gap-1 rounded px-1 font-mono text-sm text-brand tabular-nums underline hover:bg-wash disabled:cursor-wait disabled:no-underline"
    >
      <PlayIcon className="size-3.5" />
      {formatClock(at)}
    </button>
  );
}
