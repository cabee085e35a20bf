import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInProcessBus } from './bus';
import { createNowPlayingService, type NowPlayingService } from './service';
import { openNowPlayingStore } from './store';

let dir: string;
let now: Date;
let service: NowPlayingService;
const text = (bytes: Uint8Array | null) => (bytes ? new TextDecoder().decode(bytes) : null);

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
  it('publishes one encoded frame per change and keeps it as the current frame', () => {
    const listener = vi.fn();
    service.bus.subscribe(listener);
    service.record({ artist: 'Doves', title: 'Pounding' }, 'push');
    service.record({ artist: 'doves', title: 'pounding' }, 'push');
    expect(listener).toHaveBeenCalledOnce();
    const frame = listener.mock.calls[0]?.[0] as Uint8Array;
    expect(service.currentFrame()).toBe(frame);
    expect(text(frame)).toBe(
      'event: now-playing\nid: 1\ndata: {"id":1,"artist":"Doves","title":"Pounding",' +
        '"startedAt":"2026-03-29T10:00:00.000Z","source":"push"}\n\n',
    );
  });

  it('publishes again when artwork is filled in, under the same id', () => {
    const listener = vi.fn();
    service.bus.subscribe(listener);
    service.record({ artist: 'A', title: 'B' }, 'icecast');
    service.record({ artist: 'A', title: 'B', artwork: 'https://a.example/b.jpg' }, 'azuracast');
    expect(listener).toHaveBeenCalledTimes(2);
    expect(text(service.currentFrame())).toContain('id: 1\n');
    expect(text(service.currentFrame())).toContain('"artwork":"https://a.example/b.jpg"');
  });

  it('starts from the stored state after a restart', () => {
    service.record({ artist: 'A', title: 'B' }, 'push');
    service.close();
    service = createNowPlayingService({
      store: openNowPlayingStore({ dir }),
      bus: createInProcessBus(),
    });
    expect(text(service.currentFrame())).toContain('"title":"B"');
    expect(service.snapshot()).toMatchObject({ current: { id: 1 }, history: [{ id: 1 }] });
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
