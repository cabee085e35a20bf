import { describe, expect, it } from 'vitest';
import { splitArtistTitle } from './split-artist-title';

describe('splitArtistTitle', () => {
  it('splits "Artist - Title"', () => {
    expect(splitArtistTitle('The Chemical Brothers - Galvanize')).toEqual({
      artist: 'The Chemical Brothers',
      title: 'Galvanize',
    });
  });

  it('keeps hyphenated names whole', () => {
    expect(splitArtistTitle('Jay-Z - 99 Problems')).toEqual({
      artist: 'Jay-Z',
      title: '99 Problems',
    });
  });

  it('splits on the first separator only', () => {
    expect(splitArtistTitle('Artist - Title - Remix')).toEqual({
      artist: 'Artist',
      title: 'Title - Remix',
    });
  });

  it('treats text without a separator as the title', () => {
    expect(splitArtistTitle('Station Ident')).toEqual({ artist: '', title: 'Station Ident' });
    expect(splitArtistTitle('Blink-182')).toEqual({ artist: '', title: 'Blink-182' });
  });

  it('trims whitespace around both parts', () => {
    expect(splitArtistTitle('  Elbow  -  One Day Like This  ')).toEqual({
      artist: 'Elbow',
      title: 'One Day Like This',
    });
  });

  it('uses the artist part as the title when the title part is empty', () => {
    expect(splitArtistTitle('Morning Show - ')).toEqual({ artist: '', title: 'Morning Show' });
  });

  it('gives an empty title for a bare separator', () => {
    expect(splitArtistTitle(' - ')).toEqual({ artist: '', title: '' });
    expect(splitArtistTitle(' - Title')).toEqual({ artist: '', title: 'Title' });
    expect(splitArtistTitle('')).toEqual({ artist: '', title: '' });
  });
});
