import { describe, expect, it } from 'vitest';
import { parsePushBody } from './push';

describe('parsePushBody', () => {
  it('accepts the playout body and cleans its text', () => {
    expect(
      parsePushBody({
        artist: '  Elbow\u0007 ',
        title: 'One Day\nLike This',
        artwork: 'https://art.example/elbow.jpg',
        duration: 392.5,
        extra: 'ignored',
      }),
    ).toEqual({
      ok: true,
      track: {
        artist: 'Elbow',
        title: 'One Day Like This',
        artwork: 'https://art.example/elbow.jpg',
        duration: 392.5,
      },
    });
  });

  it('treats empty or null artwork and duration as absent', () => {
    expect(parsePushBody({ artist: 'A', title: 'B', artwork: '', duration: null })).toEqual({
      ok: true,
      track: { artist: 'A', title: 'B' },
    });
  });

  it.each([
    [{ title: 'B' }, 'artist'],
    [{ artist: 'A' }, 'title'],
    [{ artist: 'A', title: '   ' }, 'title'],
    [{ artist: 'A', title: '\u0000\u0001' }, 'title'],
    [{ artist: 'A'.repeat(301), title: 'B' }, 'artist'],
    [{ artist: 'A', title: 42 }, 'title'],
    [{ artist: 'A', title: 'B', artwork: 'javascript:alert(1)' }, 'artwork'],
    [{ artist: 'A', title: 'B', artwork: 'data:image/png;base64,AAAA' }, 'artwork'],
    [{ artist: 'A', title: 'B', artwork: '/relative.png' }, 'artwork'],
    [{ artist: 'A', title: 'B', duration: -1 }, 'duration'],
    [{ artist: 'A', title: 'B', duration: 0 }, 'duration'],
    [{ artist: 'A', title: 'B', duration: 86_401 }, 'duration'],
    [{ artist: 'A', title: 'B', duration: '300' }, 'duration'],
  ])('refuses %j, naming %s', (body, field) => {
    expect(parsePushBody(body)).toMatchObject({ ok: false, field });
  });

  it('refuses bodies that are not objects', () => {
    for (const body of [null, [], 'text', 1]) {
      expect(parsePushBody(body)).toMatchObject({ ok: false, field: 'body' });
    }
  });

  it('accepts AzuraCast web hook bodies', () => {
    const body = {
      station: { id: 1, shortcode: 'ocr' },
      now_playing: {
        duration: 200,
        played_at: 1774742400,
        song: {
          text: 'Doves - There Goes the Fear',
          artist: 'Doves',
          title: 'There Goes the Fear',
          art: 'https://r.example/a.jpg',
        },
      },
      is_online: true,
    };
    expect(parsePushBody(body)).toEqual({
      ok: true,
      track: {
        artist: 'Doves',
        title: 'There Goes the Fear',
        artwork: 'https://r.example/a.jpg',
        duration: 200,
      },
    });
  });

  it('accepts an AzuraCast post for an offline station as nothing to record', () => {
    expect(parsePushBody({ station: {}, now_playing: null, is_online: false })).toEqual({
      ok: true,
      track: null,
    });
  });

  it('names the song title when an AzuraCast body lacks one', () => {
    expect(parsePushBody({ now_playing: { song: { artist: 'A' } } })).toMatchObject({
      ok: false,
      field: 'now_playing.song.title',
    });
  });
});
