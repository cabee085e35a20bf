'use client';

import { useEffect } from 'react';
import type { PlayerMetadata } from '@/lib/player/media-metadata';
import { wantsSound, type PlayerState } from '@/lib/player/machine';

type Controls = { play: () => void; stop: () => void };

/**
 * The lock screen, the notification and headset buttons: the same metadata as the dock, and
 * play / pause / stop wired to the player (pause stops: a live stream resumes at the live edge).
 * @see https://w3c.github.io/mediasession/
 */
export function useMediaSession(controls: Controls, state: PlayerState, metadata: PlayerMetadata) {
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

  const { play, stop } = controls;
  useEffect(() => {
    if (!hasMediaSession()) return;
    const handlers: [MediaSessionAction, MediaSessionActionHandler][] = [
      ['play', play],
      ['pause', stop],
      ['stop', stop],
    ];
    for (const [action, handler] of handlers) setHandler(action, handler);
    return () => handlers.forEach(([action]) => setHandler(action, null));
  }, [play, stop]);

  const playbackState: MediaSessionPlaybackState = wantsSound(state)
    ? 'playing'
    : state.status === 'idle'
      ? 'none'
      : 'paused';
  useEffect(() => {
    if (hasMediaSession()) navigator.mediaSession.playbackState = playbackState;
  }, [playbackState]);
}

const hasMediaSession = () => typeof navigator !== 'undefined' && 'mediaSession' in navigator;

function setHandler(action: MediaSessionAction, handler: MediaSessionActionHandler | null) {
  try {
    navigator.mediaSession.setActionHandler(action, handler);
  } catch {
    // A browser that does not know this action throws; the others still work.
  }
}
