import { describe, expect, it } from 'vitest';
import { azuraCastExampleAnswer } from './fixtures/azuracast-example';
import { azuraCastWebhookBody } from './fixtures/azuracast-webhook';
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
      kind: 'track',
      track: {
        artist: 'Elbow',
        title: 'One Day Like This',
        artwork: 'https://art.example/elbow.jpg',
        duration: 392.5,
      },
    });
  });

  it('takes a start time and a live presenter when the playout system knows them', () => {
    const startedAt = new Date(Date.now() - 90_000).toISOString();
    expect(parsePushBody({ artist: 'A', title: 'B', startedAt, streamer: ' DJ Dee ' })).toEqual({
      ok: true,
      kind: 'track',
      track: { artist: 'A', title: 'B', startedAt, streamer: 'DJ Dee' },
    });
  });

  it('takes the track without artwork served over plain http, which no page could show', () => {
    expect(parsePushBody({ artist: 'A', title: 'B', artwork: 'http://art.example/a.jpg' })).toEqual(
      {
        ok: true,
        kind: 'track',
        track: { artist: 'A', title: 'B' },
      },
    );
  });

  it('takes {"offAir": true} as the station going off air', () => {
    expect(parsePushBody({ offAir: true })).toEqual({ ok: true, kind: 'off-air' });
  });

  it('treats empty or null artwork and duration as absent', () => {
    expect(parsePushBody({ artist: 'A', title: 'B', artwork: '', duration: null })).toEqual({
      ok: true,
      kind: 'track',
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
    [{ artist: 'A', title: 'B', startedAt: '2026-11-30T10:00:00' }, 'startedAt'],
    [{ artist: 'A', title: 'B', startedAt: '2020-01-01T00:00:00Z' }, 'startedAt'],
    [{ artist: 'A', title: 'B', startedAt: '2999-01-01T00:00:00Z' }, 'startedAt'],
    [{ artist: 'A', title: 'B', streamer: '\u200B' }, 'streamer'],
    [{ offAir: false }, 'artist'],
  ])('refuses %j, naming %s', (body, field) => {
    expect(parsePushBody(body)).toMatchObject({ ok: false, field });
  });

  it('refuses bodies that are not objects', () => {
    for (const body of [null, [], 'text', 1]) {
      expect(parsePushBody(body)).toMatchObject({ ok: false, field: 'body' });
    }
  });

  it('accepts the body AzuraCast’s web hook sends, lyrics, next song and history included', () => {
    const body = azuraCastWebhookBody({ artist: 'Doves', title: 'There Goes the Fear' });
    expect(parsePushBody(body)).toEqual({
      ok: true,
      kind: 'track',
      track: {
        artist: 'Doves',
        title: 'There Goes the Fear',
        artwork: 'https://radio.example.org/api/station/ocr/art/0.jpg',
        duration: 214,
        startedAt: new Date(body.now_playing.played_at * 1000).toISOString(),
      },
    });
  });

  it('names no DJ from an AzuraCast post when nobody is live: its own example answer', () => {
    const body = azuraCastExampleAnswer();
    expect(parsePushBody(body)).toEqual({
      ok: true,
      kind: 'track',
      track: {
        artist: 'Chet Porter',
        title: 'Aluko River',
        artwork: 'https://picsum.photos/1200/1200',
        duration: 180,
        startedAt: new Date(body.now_playing.played_at * 1000).toISOString(),
      },
    });
  });

  it('names the DJ from an AzuraCast post while one is live', () => {
    const body = azuraCastExampleAnswer();
    const live = { ...body, live: { ...body.live, is_live: true } };
    expect(parsePushBody(live)).toMatchObject({
      kind: 'track',
      track: { streamer: 'DJ Jazzy Jeff' },
    });
  });

  it('takes an AzuraCast post for an offline station as the station going off air', () => {
    expect(parsePushBody(azuraCastWebhookBody({ isOnline: false }))).toEqual({
      ok: true,
      kind: 'off-air',
    });
    expect(parsePushBody({ station: {}, now_playing: null, is_online: false })).toEqual({
      ok: true,
      kind: 'off-air',
    });
  });

  it('takes an AzuraCast post with nothing playing as nothing to record', () => {
    expect(parsePushBody({ station: {}, now_playing: null, is_online: true })).toEqual({
      ok: true,
      kind: 'nothing',
    });
  });

  it('names the song title when an AzuraCast body lacks one', () => {
    expect(parsePushBody({ now_playing: { song: { artist: 'A' } } })).toMatchObject({
      ok: false,
      field: 'now_playing.song.title',
    });
  });

  it.each([1e308, -1, Number.MAX_SAFE_INTEGER, 253_402_300_800])(
    'refuses an AzuraCast played_at of %s, which no date can hold, naming the field',
    (playedAt) => {
      const body = azuraCastWebhookBody({ artist: 'A', title: 'B' });
      body.now_playing.played_at = playedAt;
      expect(parsePushBody(body)).toMatchObject({ ok: false, field: 'now_playing.played_at' });
    },
  );
});
