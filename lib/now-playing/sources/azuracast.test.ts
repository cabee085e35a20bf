import { describe, expect, it } from 'vitest';
import { parseAzuraCastNowPlaying, parseAzuraCastText } from './azuracast';
import { azuraCastExampleAnswer } from './fixtures/azuracast-example';

// Trimmed from a real AzuraCast 0.20 /api/nowplaying/{station} response.
const station = (song: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  station: { id: 1, name: 'Oldham Community Radio', shortcode: 'ocr' },
  listeners: { total: 12, unique: 10, current: 12 },
  live: { is_live: false, streamer_name: '' },
  now_playing: {
    sh_id: 41,
    played_at: 1774742400,
    duration: 214,
    elapsed: 30,
    remaining: 184,
    song: { id: 'abc', text: '', artist: '', title: '', album: '', art: '', ...song },
  },
  is_online: true,
  ...extra,
});

describe('parseAzuraCastNowPlaying', () => {
  it('reads one station', () => {
    const json = station({
      artist: 'The Courteeners',
      title: 'Not Nineteen Forever',
      art: 'https://radio.example/api/station/ocr/art/abc.jpg',
    });
    expect(parseAzuraCastNowPlaying(json)).toEqual({
      status: 'track',
      track: {
        artist: 'The Courteeners',
        title: 'Not Nineteen Forever',
        artwork: 'https://radio.example/api/station/ocr/art/abc.jpg',
        duration: 214,
      },
    });
  });

  it('reads the first station with a title from the all-stations array', () => {
    const json = [
      { ...station({}), now_playing: null },
      station({ artist: 'Doves', title: 'Pounding' }),
      station({ artist: 'Later', title: 'Ignored' }),
    ];
    expect(parseAzuraCastNowPlaying(json)).toMatchObject({
      track: { artist: 'Doves', title: 'Pounding' },
    });
  });

  it('falls back to the combined text when the fields are empty', () => {
    expect(parseAzuraCastNowPlaying(station({ text: 'Jay-Z - 99 Problems' }))).toMatchObject({
      track: { artist: 'Jay-Z', title: '99 Problems' },
    });
  });

  it('drops artwork that is not a web URL and durations of 0 (live)', () => {
    const json = station({ artist: 'A', title: 'B', art: 'javascript:alert(1)' });
    json.now_playing.duration = 0;
    expect(parseAzuraCastNowPlaying(json)).toEqual({
      status: 'track',
      track: { artist: 'A', title: 'B' },
    });
  });

  it('reports an offline station as off air, and nothing playing as no track', () => {
    expect(parseAzuraCastNowPlaying(station({ title: 'X' }, { is_online: false }))).toMatchObject({
      status: 'off-air',
    });
    expect(parseAzuraCastNowPlaying({ ...station({}), now_playing: null }).status).toBe('no-track');
    expect(parseAzuraCastNowPlaying(station({})).status).toBe('no-track');
  });

  it('reports anything else as invalid', () => {
    expect(parseAzuraCastNowPlaying('nope').status).toBe('invalid');
    expect(parseAzuraCastNowPlaying([]).status).toBe('invalid');
    expect(parseAzuraCastText('{oops').status).toBe('invalid');
  });

  it('takes the artist from the combined text when the artist field is empty', () => {
    const json = station({
      artist: '',
      title: 'Secret Lovers',
      text: 'Atlantic Starr - Secret Lovers',
    });
    expect(parseAzuraCastNowPlaying(json)).toMatchObject({
      track: { artist: 'Atlantic Starr', title: 'Secret Lovers' },
    });
    const inTitle = station({ artist: '', title: 'Atlantic Starr - Secret Lovers', text: '' });
    expect(parseAzuraCastNowPlaying(inTitle)).toMatchObject({
      track: { artist: 'Atlantic Starr', title: 'Secret Lovers' },
    });
    const titleOnly = station({ artist: '', title: 'Station ident', text: 'Station ident' });
    expect(parseAzuraCastNowPlaying(titleOnly)).toMatchObject({
      track: { artist: '', title: 'Station ident' },
    });
  });

  it('uses when AzuraCast started the song, and names a live presenter', () => {
    const playedAt = Math.floor(Date.now() / 1000) - 95;
    const json = station(
      { artist: 'A', title: 'B' },
      {
        live: { is_live: true, streamer_name: 'DJ Dee', broadcast_start: playedAt },
      },
    );
    json.now_playing.played_at = playedAt;
    expect(parseAzuraCastNowPlaying(json)).toMatchObject({
      track: { startedAt: new Date(playedAt * 1000).toISOString(), streamer: 'DJ Dee' },
    });
  });

  it('names no DJ when nobody is live, though AzuraCast’s own example answer names two', () => {
    const reading = parseAzuraCastNowPlaying(azuraCastExampleAnswer());
    expect(reading).toMatchObject({
      status: 'track',
      track: { artist: 'Chet Porter', title: 'Aluko River', duration: 180 },
    });
    expect(reading.status === 'track' ? reading.track : null).not.toHaveProperty('streamer');
    // A streamer name in the song alone, with `live` absent or not saying so, is no DJ either.
    const json = station({ artist: 'A', title: 'B' }, { live: undefined });
    const noLive = parseAzuraCastNowPlaying({
      ...json,
      now_playing: { ...json.now_playing, streamer: 'Test DJ' },
    });
    expect(noLive.status === 'track' ? noLive.track : null).not.toHaveProperty('streamer');
  });

  it('names the live DJ: the live streamer’s name, else the song’s streamer', () => {
    const example = azuraCastExampleAnswer();
    const live = (streamerName: string) =>
      parseAzuraCastNowPlaying({
        ...example,
        live: { ...example.live, is_live: true, streamer_name: streamerName },
      });
    expect(live('DJ Jazzy Jeff')).toMatchObject({ track: { streamer: 'DJ Jazzy Jeff' } });
    expect(live('')).toMatchObject({ track: { streamer: 'Test DJ' } });
  });

  it('ignores a start time that is not plausible (a clock far off, or a stale cache)', () => {
    const json = station({ artist: 'A', title: 'B' });
    json.now_playing.played_at = Math.floor(Date.now() / 1000) + 3600;
    const reading = parseAzuraCastNowPlaying(json);
    expect(reading.status === 'track' ? reading.track.startedAt : 'no track').toBeUndefined();
  });

  it('drops a start time no date can hold, and keeps the track', () => {
    const json = station({ artist: 'A', title: 'B' });
    (json.now_playing as { played_at: number }).played_at = 1e308;
    const reading = parseAzuraCastNowPlaying(json);
    expect(reading).toMatchObject({ status: 'track', track: { artist: 'A', title: 'B' } });
    expect(reading.status === 'track' ? reading.track.startedAt : 'no track').toBeUndefined();
  });

  it('drops artwork served over plain http (the page may load only https images)', () => {
    const json = station({ artist: 'A', title: 'B', art: 'http://radio.example/art.jpg' });
    const reading = parseAzuraCastNowPlaying(json);
    expect(reading.status === 'track' ? reading.track.artwork : 'no track').toBeUndefined();
  });
});
