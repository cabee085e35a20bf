import { describe, expect, it } from 'vitest';
import { encodeLiveEvent, readLiveEvent } from './events';

const play = {
  id: 41,
  artist: 'Atlantic Starr',
  title: 'Secret Lovers',
  startedAt: '2026-12-02T23:05:00.000Z',
  source: 'push' as const,
};
const alert = {
  id: 3,
  kind: 'weather' as const,
  message: 'Yellow warning for ice',
  createdAt: '2026-12-02T20:00:00.000Z',
  expiresAt: '2026-12-03T08:00:00.000Z',
};

/** The data line of one frame, as EventSource hands it to the page. */
const dataOf = (frame: Uint8Array) =>
  /^data: (.*)$/m.exec(new TextDecoder().decode(frame))?.[1] ?? '';

describe('the live channel’s events', () => {
  it('reads back what the server encodes, name and id included', () => {
    const frame = encodeLiveEvent('now-playing', { ...play, revision: 2 }, '41.2');
    expect(new TextDecoder().decode(frame)).toMatch(/^event: now-playing\nid: 41\.2\ndata: /);
    expect(readLiveEvent('now-playing', dataOf(frame))).toEqual({ ...play, revision: 2 });
    expect(readLiveEvent('alert', dataOf(encodeLiveEvent('alert', { alerts: [alert] })))).toEqual({
      alerts: [alert],
    });
    expect(
      readLiveEvent('stream', dataOf(encodeLiveEvent('stream', { burstSeconds: 16.4 }))),
    ).toEqual({ burstSeconds: 16.4 });
  });

  it('a stream frame before the burst is measured says nothing about it', () => {
    expect(readLiveEvent('stream', dataOf(encodeLiveEvent('stream', {})))).toEqual({});
  });

  it('a stream frame names the low-bitrate fallback and when to try the main stream again', () => {
    const data = { burstSeconds: 16.4, fallback: { burstSeconds: 15.9, upAfterSeconds: 600 } };
    expect(readLiveEvent('stream', dataOf(encodeLiveEvent('stream', data)))).toEqual(data);
    expect(readLiveEvent('stream', '{"fallback":{"upAfterSeconds":0}}')).toBeUndefined();
    expect(readLiveEvent('stream', '{"fallback":true}')).toBeUndefined();
  });

  it('refuses what is not the event’s shape, or not JSON', () => {
    expect(readLiveEvent('now-playing', '{"id":"41","artist":"A","title":"B"}')).toBeUndefined();
    expect(readLiveEvent('now-playing', JSON.stringify({ ...play, startedAt: 'yesterday' }))).toBe(
      undefined,
    );
    expect(
      readLiveEvent('now-playing', JSON.stringify({ ...play, offAir: false })),
    ).toBeUndefined();
    expect(readLiveEvent('now-playing', '{not json')).toBeUndefined();
    expect(readLiveEvent('alert', '{"alerts":"none"}')).toBeUndefined();
    expect(readLiveEvent('stream', '{"burstSeconds":-1}')).toBeUndefined();
    expect(readLiveEvent('stream', '{"burstSeconds":600}')).toBeUndefined();
    expect(readLiveEvent('stream', 'null')).toBeUndefined();
  });

  it('leaves out an alert the page cannot read, not the whole list', () => {
    const data = JSON.stringify({ alerts: [{ ...alert, kind: 'traffic' }, alert, null] });
    expect(readLiveEvent('alert', data)).toEqual({ alerts: [alert] });
  });
});
