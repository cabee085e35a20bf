'use client';

import { useEffect } from 'react';
import type { PlayerMetadata } from '@/lib/player/media-metadata';
import { wantsSound, type PlayerState } from '@/lib/player/machine';
import type { EpisodeController, EpisodeState } from './episode-controller';

type Controls = { play: () => void; stop: () => void };
// The lock screen's skip buttons, as podcast apps have them.
const SKIP_BACK_S = 10;
const SKIP_FORWARD_S = 30;

/**
 * The lock screen, the notification and headset buttons: the same metadata as the dock, and
 * play / pause / stop wired to the player (pause stops: a live stream resumes at the live edge).
 * While an episode plays (listen again) they are the episode's: its title, pause that pauses,
 * seeking (to a point, and skips back and forward) and the position shown.
 * @see https://w3c.github.io/mediasession/
 */
export function useMediaSession(
  controls: Controls,
  state: PlayerState,
  liveMetadata: PlayerMetadata,
  episodes: EpisodeController,
  episode: EpisodeState,
) {
  const source = episode.source;
  const metadata = source
    ? { ...liveMetadata, title: source.title, artist: source.show, album: liveMetadata.album }
    : liveMetadata;
  const { title, artist, album } = metadata;
  const artwork = JSON.stringify(metadata.artwork);

  useEffect(() => {
    if (!hasMediaSession() || typeof MediaMetadata === 'undefined') return;
    navigator.mediaSession.metadata = new MediaMetadata({
      title,
      artist,
      album,
      artwork: JSON.parse(artwork) as MediaImage[],
    });
  }, [title, artist, album, artwork]);

  const onEpisode = source !== null;
  const { play, stop } = controls;
  useEffect(() => {
    if (!hasMediaSession()) return;
    const current = () => (episodes.getState() as { position?: number }).position ?? 0;
    const handlers: [MediaSessionAction, MediaSessionActionHandler][] = onEpisode
      ? [
          ['play', episodes.resume],
          ['pause', episodes.pause],
          ['stop', episodes.pause],
          ['seekto', (details) => episodes.seek(details.seekTime ?? current())],
          [
            'seekbackward',
            (details) => episodes.seek(current() - (details.seekOffset ?? SKIP_BACK_S)),
          ],
          [
            'seekforward',
            (details) => episodes.seek(current() + (details.seekOffset ?? SKIP_FORWARD_S)),
          ],
        ]
      : [
          ['play', play],
          ['pause', stop],
          ['stop', stop],
        ];
    for (const [action, handler] of handlers) setHandler(action, handler);
    return () => handlers.forEach(([action]) => setHandler(action, null));
  }, [play, stop, onEpisode, episodes]);

  const playbackState: MediaSessionPlaybackState = source
    ? episode.status === 'playing' || episode.status === 'loading'
      ? 'playing'
      : 'paused'
    : wantsSound(state)
      ? 'playing'
      : state.status === 'idle'
        ? 'none'
        : 'paused';
  useEffect(() => {
    if (hasMediaSession()) navigator.mediaSession.playbackState = playbackState;
  }, [playbackState]);

  // The lock screen's progress bar: whole seconds, as the dock shows them.
  const position = source ? Math.floor(episode.position) : null;
  const duration = source ? episode.duration || source.durationS : null;
  useEffect(() => {
    if (!hasMediaSession() || position === null || !duration) return;
    try {
      navigator.mediaSession.setPositionState({
        duration,
        position: Math.min(position, duration),
        playbackRate: 1,
      });
    } catch {
      // Older browsers have no position state.
    }
  }, [position, duration]);
}

const hasMediaSession = () => typeof navigator !== 'undefined' && 'mediaSession' in navigator;

function setHandler(action: MediaSessionAction, handler: MediaSessionActionHandler | null) {
  try {
    navigator.mediaSession.setActionHandler(action, handler);
  } catch {
    // A browser that does not know this action throws; the others still work.
  }
}
