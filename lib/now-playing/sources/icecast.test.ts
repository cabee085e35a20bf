import { describe, expect, it } from 'vitest';
import { parseIcecastStatus } from './icecast';

const mount = (listenurl: string, fields: Record<string, unknown> = {}) => ({
  listenurl,
  server_type: 'audio/mpeg',
  ...fields,
});
const status = (source?: unknown) =>
  JSON.stringify({
    icestats: { admin: 'icemaster@localhost', server_id: 'Icecast 2.4.4', source },
  });

describe('parseIcecastStatus', () => {
  it('reads the title of a single mount (an object)', () => {
    const text = status(
      mount('http://127.0.0.1:8000/live', { title: 'Elbow - Grounds for Divorce' }),
    );
    expect(parseIcecastStatus(text, '/live')).toEqual({
      status: 'track',
      track: { artist: 'Elbow', title: 'Grounds for Divorce' },
    });
  });

  it('finds the mount among several (an array) by the listenurl path', () => {
    const text = status([
      mount('http://radio.example:8000/live.ogg', { title: 'Wrong - Mount' }),
      mount('http://radio.example:8000/live', { title: 'Right - Mount' }),
      mount('http://radio.example:8000/live/extra', { title: 'Also - Wrong' }),
    ]);
    expect(parseIcecastStatus(text, '/live')).toMatchObject({
      status: 'track',
      track: { artist: 'Right', title: 'Mount' },
    });
  });

  it('accepts a mount given without its leading slash', () => {
    const text = status(mount('http://127.0.0.1:8000/live', { title: 'A - B' }));
    expect(parseIcecastStatus(text, 'live').status).toBe('track');
  });

  it('reports the station off air when no mount is up (source absent)', () => {
    expect(parseIcecastStatus(status(), '/live')).toEqual({
      status: 'off-air',
      reason: 'mount /live not found',
    });
  });

  it('reports the station off air when its mount is not listed', () => {
    const text = status(mount('http://127.0.0.1:8000/other', { title: 'A - B' }));
    expect(parseIcecastStatus(text, '/live').status).toBe('off-air');
  });

  it('reports a mount that is up without a title as on air, untitled (ffmpeg, Opus)', () => {
    const untitled = { status: 'untitled', reason: 'no title' };
    // As Icecast 2.4.4 lists an ffmpeg source that sends no metadata: no `title` field at all.
    const noField = mount('http://127.0.0.1:8000/live', {
      server_name: 'Unspecified name',
      stream_start_iso8601: '2026-12-02T15:12:20+0000',
      dummy: null,
    });
    expect(parseIcecastStatus(status(noField), '/live')).toEqual(untitled);
    const read = (fields: Record<string, unknown>) =>
      parseIcecastStatus(status(mount('http://h/live', fields)), '/live');
    expect(read({ title: '' })).toEqual(untitled);
    expect(read({ title: '   ' })).toEqual(untitled);
    expect(read({ title: '\u200B\t' })).toEqual(untitled);
    expect(read({ title: null })).toEqual(untitled);
    expect(read({ artist: 'Elbow', title: '' })).toEqual(untitled);
  });

  it('reads our mount untitled among several, whatever the others carry', () => {
    const text = status([
      mount('http://radio.example:8000/live.ogg', { artist: 'Elbow', title: 'Mirrorball' }),
      mount('http://radio.example:8000/live'),
      mount('http://radio.example:8000/live/extra', { title: 'Also - Wrong' }),
    ]);
    expect(parseIcecastStatus(text, '/live').status).toBe('untitled');
    expect(parseIcecastStatus(text, '/live.ogg').status).toBe('track');
    expect(parseIcecastStatus(text, '/gone').status).toBe('off-air');
  });

  it('turns numeric and boolean titles back into text', () => {
    expect(parseIcecastStatus(status(mount('http://h/live', { title: 1999 })), '/live')).toEqual({
      status: 'track',
      track: { artist: '', title: '1999' },
    });
    expect(
      parseIcecastStatus(status(mount('http://h/live', { title: true })), '/live'),
    ).toMatchObject({
      track: { title: 'true' },
    });
  });

  it('uses the separate artist and title of Ogg mounts without splitting', () => {
    const text = status(
      mount('http://h/live', { artist: 'Jay-Z', title: 'Song - Live at Glastonbury' }),
    );
    expect(parseIcecastStatus(text, '/live')).toEqual({
      status: 'track',
      track: { artist: 'Jay-Z', title: 'Song - Live at Glastonbury' },
    });
  });

  it('splits on the first spaced hyphen only', () => {
    const read = (title: string) =>
      parseIcecastStatus(status(mount('http://h/live', { title })), '/live');
    expect(read('Jay-Z - 99 Problems')).toMatchObject({
      track: { artist: 'Jay-Z', title: '99 Problems' },
    });
    expect(read('Artist - Title - Remix')).toMatchObject({
      track: { artist: 'Artist', title: 'Title - Remix' },
    });
    expect(read('Station Ident')).toMatchObject({ track: { artist: '', title: 'Station Ident' } });
    expect(read('  Elbow   -   Mirrorball \n')).toMatchObject({
      track: { artist: 'Elbow', title: 'Mirrorball' },
    });
  });

  it('strips control characters and cuts over-long titles', () => {
    const long = 'x'.repeat(400);
    const text = status(mount('http://h/live', { title: `Art\u0000ist - ${long}` }));
    const reading = parseIcecastStatus(text, '/live');
    expect(reading).toMatchObject({ status: 'track', track: { artist: 'Artist' } });
    expect(reading.status === 'track' && reading.track.title).toHaveLength(300);
  });

  it('repairs UTF-8 titles that a mount without <charset>UTF-8</charset> read as Latin-1', () => {
    const read = (fields: Record<string, unknown>) =>
      parseIcecastStatus(status(mount('http://h/live', fields)), '/live');
    // As Icecast 2.4.4 lists "Sigur Rós - Hoppípolla" and "Beyoncé - Halo 🎵" on such a mount.
    expect(read({ title: 'Sigur RÃ³s - HoppÃ\u00adpolla' })).toEqual({
      status: 'track',
      track: { artist: 'Sigur Rós', title: 'Hoppípolla' },
    });
    expect(read({ title: 'BeyoncÃ© - Halo ð\u009f\u008e\u00b5' })).toEqual({
      status: 'track',
      track: { artist: 'Beyoncé', title: 'Halo 🎵' },
    });
    // Ogg mounts' separate fields too.
    expect(read({ artist: 'BjÃ¶rk', title: 'JÃ³ga' })).toEqual({
      status: 'track',
      track: { artist: 'Björk', title: 'Jóga' },
    });
  });

  it('leaves titles that are not misread UTF-8 as they are', () => {
    const read = (title: string) =>
      parseIcecastStatus(status(mount('http://h/live', { title })), '/live');
    // Latin-1 on a Latin-1 mount, read right; and a title that was decoded properly.
    expect(read('Café del Mar - Ibiza')).toMatchObject({
      track: { artist: 'Café del Mar', title: 'Ibiza' },
    });
    expect(read('Sigur Rós - Hoppípolla')).toMatchObject({
      track: { artist: 'Sigur Rós', title: 'Hoppípolla' },
    });
    expect(read('RÃ³s - ✓')).toMatchObject({ track: { artist: 'RÃ³s', title: '✓' } });
  });

  it('reports invalid JSON without throwing', () => {
    expect(parseIcecastStatus('{"icestats": {', '/live')).toEqual({
      status: 'invalid',
      reason: 'invalid JSON',
    });
    expect(parseIcecastStatus('<html>', '/live').status).toBe('invalid');
    expect(parseIcecastStatus('[]', '/live').status).toBe('invalid');
    expect(parseIcecastStatus('null', '/live').status).toBe('invalid');
  });

  it('repairs the bare "-" title Icecast prints, so other mounts still read', () => {
    // What Icecast 2.4 emits for a mount whose title is "-".
    const text =
      '{"icestats":{"source":[{"listenurl":"http://h/other","title":-},' +
      '{"listenurl":"http://h/live","title":"Elbow - Lippy Kids"}]}}';
    expect(parseIcecastStatus(text, '/live')).toMatchObject({
      status: 'track',
      track: { artist: 'Elbow', title: 'Lippy Kids' },
    });
    const onOurs = '{"icestats":{"source":{"listenurl":"http://h/live","title":-}}}';
    expect(parseIcecastStatus(onOurs, '/live')).toEqual({ status: 'untitled', reason: 'no title' });
  });

  it('ignores a malformed listenurl', () => {
    const text = status([mount('not a url', { title: 'A - B' }), { title: 'C - D' }]);
    expect(parseIcecastStatus(text, '/live').status).toBe('off-air');
  });
});
