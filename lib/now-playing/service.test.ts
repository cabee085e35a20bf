import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInProcessBus } from '@/lib/live/bus';
import {
  createNowPlayingService,
  MAX_REPLAY_BYTES,
  REPLAY_LIMIT,
  type NowPlayingService,
} from './service';
import { openNowPlayingStore, type LocalPlayStore } from './store';
import { UNTITLED } from './untitled';

let dir: string;
let now: Date;
let service: NowPlayingService<LocalPlayStore>;
const text = (frames: Uint8Array[]) => frames.map((bytes) => new TextDecoder().decode(bytes));
/** The event ids in the frames a client would be sent. */
const ids = (frames: Uint8Array[]) => text(frames).map((frame) => /^id: (.+)$/m.exec(frame)?.[1]);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'now-playing-service-'));
  now = new Date('2026-03-29T10:00:00Z');
  service = createNowPlayingService({ store: openNowPlayingStore({ dir }), now: () => now });
});

afterEach(() => {
  service.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('now-playing service', () => {
  it('publishes one encoded frame per change, and tells a new client the current state', () => {
    const listener = vi.fn();
    service.bus.subscribe(listener);
    service.record({ artist: 'Doves', title: 'Pounding' }, 'push');
    service.record({ artist: 'doves', title: 'pounding' }, 'push');
    expect(listener).toHaveBeenCalledOnce();
    const frame = listener.mock.calls[0]?.[0] as Uint8Array;
    expect(text([frame])).toEqual([
      'event: now-playing\nid: 1\ndata: {"id":1,"artist":"Doves","title":"Pounding",' +
        '"startedAt":"2026-03-29T10:00:00.000Z","source":"push"}\n\n',
    ]);
    expect(text(service.framesSince(null))).toEqual(text([frame]));
  });

  it('publishes again when artwork is filled in, under the same play with a new revision', () => {
    const listener = vi.fn();
    service.bus.subscribe(listener);
    service.record({ artist: 'A', title: 'B' }, 'icecast');
    service.record({ artist: 'A', title: 'B', artwork: 'https://a.example/b.jpg' }, 'azuracast');
    expect(listener).toHaveBeenCalledTimes(2);
    expect(ids(listener.mock.calls.map(([frame]) => frame as Uint8Array))).toEqual(['1', '1.1']);
    expect(text(service.framesSince(null))[0]).toContain('"artwork":"https://a.example/b.jpg"');
  });

  it('replays every change a reconnecting client missed, in order, and nothing twice', () => {
    for (const title of ['One', 'Two', 'Three']) service.record({ artist: 'A', title }, 'push');
    expect(ids(service.framesSince('1'))).toEqual(['2', '3']);
    expect(ids(service.framesSince('3'))).toEqual([]);
    // The current play got its artwork while the client was away: it gets it again, then the rest.
    service.record({ artist: 'A', title: 'Three', artwork: 'https://a.example/3.jpg' }, 'push');
    expect(ids(service.framesSince('3'))).toEqual(['3.1']);
    expect(ids(service.framesSince('3.1'))).toEqual([]);
    // An id it does not know (another database): the current state.
    expect(ids(service.framesSince('99'))).toEqual(['3.1']);
    expect(ids(service.framesSince('garbage'))).toEqual(['3.1']);
  });

  it('replays at most the last REPLAY_LIMIT changes to a client that was away for long', () => {
    for (let i = 1; i <= REPLAY_LIMIT + 20; i++) {
      service.record({ artist: 'A', title: `Track ${i}` }, 'push');
    }
    const replay = ids(service.framesSince('1'));
    expect(replay).toHaveLength(REPLAY_LIMIT);
    expect(replay.at(-1)).toBe(String(REPLAY_LIMIT + 20));
  });

  it('sends the current state instead of a replay past MAX_REPLAY_BYTES', () => {
    const long = 'x'.repeat(190);
    const artwork = `https://art.example/${'y'.repeat(1_000)}.jpg`;
    for (let i = 1; i <= REPLAY_LIMIT; i++) {
      service.record({ artist: `A ${long}`, title: `Track ${i} ${long}`, artwork }, 'push');
    }
    const frames = service.framesSince('1');
    expect(ids(frames)).toEqual([String(REPLAY_LIMIT)]);
    expect(frames[0]!.byteLength).toBeLessThan(MAX_REPLAY_BYTES);
    // A short absence still gets every change it missed.
    expect(ids(service.framesSince(String(REPLAY_LIMIT - 3)))).toHaveLength(3);
  });

  it('records going off air as a change, published like any other', () => {
    const listener = vi.fn();
    service.bus.subscribe(listener);
    service.record({ artist: 'A', title: 'B' }, 'azuracast');
    expect(service.markOffAir('azuracast').outcome).toBe('new');
    expect(service.markOffAir('azuracast').outcome).toBe('unchanged');
    expect(listener).toHaveBeenCalledTimes(2);
    expect(text(service.framesSince(null))[0]).toContain('"offAir":true');
    expect(service.current()).toMatchObject({ id: 2, offAir: true });
  });

  it('starts from the stored state after a restart', () => {
    service.record({ artist: 'A', title: 'B' }, 'push');
    service.close();
    service = createNowPlayingService({
      store: openNowPlayingStore({ dir }),
      bus: createInProcessBus(),
    });
    expect(text(service.framesSince(null))[0]).toContain('"title":"B"');
    expect(service.snapshot()).toMatchObject({ current: { id: 1 }, history: [{ id: 1 }] });
  });

  it('takes a poller’s word that the station is off air, and back on, even just after a push', () => {
    service.record({ artist: 'Doves', title: 'Pounding' }, 'push');
    expect(service.markOffAir('icecast').outcome).toBe('new');
    expect(
      service.record({ artist: 'Doves', title: 'Black and White Town' }, 'icecast').outcome,
    ).toBe('new');
  });

  it('takes a source without a title as on air after off air, and never over a track', () => {
    service.record({ artist: 'Doves', title: 'Pounding' }, 'push');
    now = new Date(now.getTime() + 11 * 60_000); // past the push's precedence
    expect(service.record(UNTITLED, 'icecast')).toMatchObject({
      outcome: 'unchanged',
      play: { title: 'Pounding' },
    });
    service.markOffAir('icecast');
    expect(service.record(UNTITLED, 'icecast')).toMatchObject({
      outcome: 'new',
      play: { artist: '', title: '', source: 'icecast' },
    });
    expect(text(service.framesSince(null))[0]).not.toContain('offAir');
  });

  it('lets pushes take precedence over pollers for a while', () => {
    service.record({ artist: 'Doves', title: 'Pounding' }, 'push');
    expect(
      service.record({ artist: 'Doves', title: 'Pounding (Radio Edit)' }, 'icecast').outcome,
    ).toBe('unchanged');
    expect(
      service.record(
        { artist: 'DOVES', title: 'Pounding', artwork: 'https://a.example/p.jpg' },
        'azuracast',
      ).outcome,
    ).toBe('updated');
    now = new Date(now.getTime() + 11 * 60_000);
    expect(
      service.record({ artist: 'Doves', title: 'Caught by the River' }, 'icecast').outcome,
    ).toBe('new');
  });
});
