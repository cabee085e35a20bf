'use client';

// Island: the <audio> element, its reconnects, the lock screen and the other tabs only exist in
// the browser. Mounted once in the root layout, which client navigation never re-renders, so
// the one element keeps playing while the visitor moves between pages.
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useCurrentShow } from '@/components/live/current-show-store';
import { Artwork } from '@/components/live/artwork.client';
import { useNowPlaying, useStreams } from '@/components/live/live-channel';
import { ShowLink } from '@/components/live/show-link';
import { TrackName } from '@/components/live/track-name';
import { useHydrated } from '@/components/use-hydrated';
import { artworkChain, playerMetadata } from '@/lib/player/media-metadata';
import type { NowPlaying } from '@/lib/now-playing/track';
import { isUntitled } from '@/lib/now-playing/untitled';
import { wantsSound } from '@/lib/player/machine';
import { AnnounceToggle } from './announce-toggle';
import { DataSaverNotice, DataSaverToggle, useDataSaverChoice } from './data-saver';
import { episodeController } from './episode-controller';
import { EpisodeDock } from './episode-dock';
import { LiveAudioController } from './live-audio-controller';
import { PlayButton } from './play-button';
import { PlayerDockFrame } from './player-dock-frame';
import { PlayerStatus } from './player-status';
import { useHeardTrack } from './use-heard-track';
import { useMediaSession } from './use-media-session';
import { usePlayerHeight } from './use-player-height';
import { useVolume } from './use-volume';
import { VolumeControl } from './volume-control';

type Props = {
  stationName: string;
  /** The station's bitmap artwork, for lock screens. */
  stationArtwork: string;
  /** The station's logo (SVG), shown in the dock when nothing better has a picture. */
  stationLogo: string;
  /** The track on air when the page was served; the shared event stream takes over. */
  initialTrack: NowPlaying | null;
};

export function Player({ stationName, stationArtwork, stationLogo, initialTrack }: Props) {
  const [controller] = useState(() => new LiveAudioController());
  const state = useSyncExternalStore(
    controller.subscribe,
    controller.getState,
    controller.getState,
  );
  const hydrated = useHydrated();
  const audioRef = useRef<HTMLAudioElement>(null);
  // Listen again plays in an element of its own (./episode-controller.ts).
  const episodes = episodeController();
  const episode = useSyncExternalStore(episodes.subscribe, episodes.getState, episodes.getState);
  const episodeAudioRef = useRef<HTMLAudioElement>(null);
  const dockRef = useRef<HTMLElement>(null);

  // The studio's track says when the station goes off air; the dock and the lock screen show
  // the one the listener hears, which can be a song behind.
  const track = useNowPlaying(initialTrack);
  const heardPlay = useHeardTrack(controller, track);
  // On air with no title from the source: the show and the station stand in, as with no track.
  const heard = heardPlay && isUntitled(heardPlay) ? null : heardPlay;
  const airing = useCurrentShow();
  const sources = {
    track: heard?.offAir ? null : heard,
    show: airing ? { show: airing.show, image: airing.image } : null,
    stationName,
    stationArtwork,
  };
  const metadata = playerMetadata(sources);

  useEffect(() => {
    const audio = audioRef.current;
    return audio ? controller.attach(audio) : undefined;
  }, [controller]);
  useEffect(() => {
    const audio = episodeAudioRef.current;
    if (!audio) return;
    // An episode starting stops the live stream; Listen live closes the episode.
    return episodes.attach(audio, () => {
      if (wantsSound(controller.getState())) controller.stop();
    });
  }, [controller, episodes]);
  const playLive = useCallback(() => {
    episodes.close();
    controller.play();
  }, [controller, episodes]);
  const streams = useStreams();
  useEffect(() => controller.setStreams(streams), [controller, streams]);
  const [dataSaver, setDataSaver] = useDataSaverChoice();
  useEffect(() => controller.setDataSaverChosen(dataSaver), [controller, dataSaver]);
  const quality = useSyncExternalStore(
    controller.subscribe,
    controller.getQuality,
    controller.getQuality,
  );
  // The station going off air ends a listen (and its reconnects) with a word of why.
  const offAirSince = track?.offAir ? track.id : null;
  useEffect(() => {
    if (offAirSince !== null) controller.dispatch({ type: 'station-off-air' });
  }, [controller, offAirSince]);
  useMediaSession({ play: playLive, stop: controller.stop }, state, metadata, episodes, episode);
  usePlayerHeight(dockRef);
  const [volume, setVolume] = useVolume(audioRef, episodeAudioRef);

  return (
    <PlayerDockFrame ref={dockRef}>
      {/* No src until the first press: nothing is downloaded on page load. */}
      <audio ref={audioRef} preload="none" data-player="live" />
      <audio ref={episodeAudioRef} preload="none" data-player="episode" />
      <PlayButton
        state={state}
        disabled={!hydrated}
        onPlay={playLive}
        onStop={controller.stop}
        compact={episode.source !== null}
      />
      {episode.source ? (
        <EpisodeDock
          {...episode}
          onPlay={episodes.resume}
          onPause={episodes.pause}
          onSeek={episodes.seek}
        />
      ) : (
        <>
          <Artwork
            chain={artworkChain({ ...sources, stationArtwork: stationLogo })}
            className="hidden size-10 shrink-0 rounded bg-white/10 sm:block"
          />
          <div className="min-w-0 flex-1">
            {/* The status, and the show on air (a link to its page) when a track fills the line below. */}
            <div className="flex min-w-0 items-baseline gap-2">
              <PlayerStatus state={state} />
              {heard && airing ? (
                <ShowLink airing={airing} className="hidden text-xs sm:inline" />
              ) : null}
            </div>
            <p className="truncate text-sm" data-testid="player-now-playing">
              {heard ? (
                <TrackName play={heard} />
              ) : airing ? (
                // 24 px tall (WCAG 2.2 target size) however long the show's name, in a 20 px line.
                <ShowLink
                  airing={airing}
                  className="-my-0.5 inline-block max-w-full align-top leading-6"
                />
              ) : (
                metadata.title
              )}
            </p>
            <DataSaverNotice quality={quality} listening={wantsSound(state)} />
          </div>
        </>
      )}
      {/* Only where the station has a fallback. It appears once the live channel says so; the
          controls to its right stay where they are, so nothing shifts. */}
      {streams.fallback ? <DataSaverToggle on={dataSaver} onChange={setDataSaver} /> : null}
      <AnnounceToggle disabled={!hydrated} />
      <VolumeControl settings={volume} onChange={setVolume} disabled={!hydrated} />
    </PlayerDockFrame>
  );
}
