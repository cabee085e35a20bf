import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { NowPlaying } from '@/lib/now-playing/track';
import { NowPlayingNow } from './now-playing-now';
import { PlayList } from './play-list';

const play = (fields: Partial<NowPlaying>): NowPlaying => ({
  id: 1,
  artist: '',
  title: '',
  startedAt: '2026-11-30T23:05:00.000Z',
  source: 'icecast',
  ...fields,
});

// The words a listener reads (and a screen reader hears), tags stripped, spaces collapsed.
const words = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const strip = (track: NowPlaying | null) =>
  words(
    renderToStaticMarkup(
      <NowPlayingNow
        track={track}
        show="Late Night Love Songs"
        stationName="Oldham Community Radio"
        fallbackArtwork="/station-logo.svg"
        announce
      />,
    ),
  );

describe('NowPlayingNow', () => {
  it('names the track', () => {
    expect(strip(play({ artist: 'Atlantic Starr', title: 'Secret Lovers' }))).toMatch(
      /Now playing: Atlantic Starr — Secret Lovers$/,
    );
  });

  it('says the station is off air', () => {
    expect(strip(play({ offAir: true }))).toMatch(/Now playing: Station off air$/);
  });

  it('puts the show and the station in the place of a track the source does not name', () => {
    expect(strip(play({}))).toMatch(
      /Now playing: Late Night Love Songs on Oldham Community Radio$/,
    );
  });
});

describe('PlayList', () => {
  it('lists an on-air stretch without a title as the station on air, between the tracks', () => {
    const plays = [
      play({ id: 3, artist: 'Doves', title: 'Pounding' }),
      play({ id: 2 }),
      play({ id: 1, offAir: true }),
    ];
    const text = words(renderToStaticMarkup(<PlayList plays={plays} />));
    expect(text).toMatch(/Doves — Pounding .+ Station on air .+ Station off air$/);
  });
});
