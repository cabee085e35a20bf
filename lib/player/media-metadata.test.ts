import { describe, expect, it } from 'vitest';
import { artworkChain, playerMetadata } from './media-metadata';

const station = { stationName: 'Oldham Community Radio', stationArtwork: '/station-artwork.png' };
const show = { show: 'Late Night Love Songs', image: '/images/shows/late-night-love-songs.svg' };

describe('playerMetadata', () => {
  it('is the track, with the station as album', () => {
    const track = {
      artist: 'Elbow',
      title: 'One Day Like This',
      artwork: 'https://img.example/a.jpg',
    };
    expect(playerMetadata({ track, show, ...station })).toEqual({
      title: 'One Day Like This',
      artist: 'Elbow',
      album: 'Oldham Community Radio',
      artwork: [{ src: 'https://img.example/a.jpg', type: 'image/jpeg' }],
    });
  });

  it('falls back to the show artwork, with the station bitmap beside an SVG', () => {
    const track = { artist: 'Elbow', title: 'One Day Like This' };
    expect(playerMetadata({ track, show, ...station }).artwork).toEqual([
      { src: '/images/shows/late-night-love-songs.svg', type: 'image/svg+xml' },
      { src: '/station-artwork.png', type: 'image/png' },
    ]);
  });

  it('falls back to the show, then the station, when nothing is known about the track', () => {
    expect(playerMetadata({ track: null, show, ...station })).toMatchObject({
      title: 'Late Night Love Songs',
      artist: 'Oldham Community Radio',
    });
    expect(playerMetadata({ track: null, show: null, ...station })).toEqual({
      title: 'Oldham Community Radio',
      artist: '',
      album: 'Oldham Community Radio',
      artwork: [{ src: '/station-artwork.png', type: 'image/png' }],
    });
  });
});

describe('artworkChain', () => {
  it('lists track, show and station artwork without blanks or repeats', () => {
    expect(
      artworkChain({ track: { artist: '', title: 't', artwork: ' ' }, show: null, ...station }),
    ).toEqual(['/station-artwork.png']);
    expect(
      artworkChain({
        track: { artist: '', title: 't', artwork: '/station-artwork.png' },
        show,
        ...station,
      }),
    ).toEqual(['/station-artwork.png', show.image]);
  });
});
