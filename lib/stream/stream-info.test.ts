import { describe, expect, it } from 'vitest';
import type { StreamBurst } from './burst';
import type { startBurstWatch } from './burst-watch';
import { startStreamInfo } from './stream-info';

const decode = (frame: Uint8Array | undefined) => (frame ? new TextDecoder().decode(frame) : '');

/** Burst watches that report what the test tells them to, per URL. */
function fakeWatches() {
  const watches = new Map<string, { current: StreamBurst | null; onChange: () => void }>();
  const watch: typeof startBurstWatch = ({ url, onChange }) => {
    const entry = { current: null as StreamBurst | null, onChange: () => {} };
    watches.set(url, entry);
    entry.onChange = () => entry.current && onChange(entry.current);
    return { current: () => entry.current, stop: () => watches.delete(url) };
  };
  const measured = (url: string, burstSeconds: number) => {
    const entry = watches.get(url)!;
    entry.current = { burstSeconds, bytesPerSecond: 5_000 };
    entry.onChange();
  };
  return { watch, watches, measured };
}

describe('startStreamInfo', () => {
  it('says nothing about a lone stream until its burst is measured', () => {
    const { watch, measured } = fakeWatches();
    const published: string[] = [];
    const info = startStreamInfo({
      url: 'http://127.0.0.1:1/live',
      fallbackUrl: null,
      upAfterSeconds: 600,
      publish: (frame) => published.push(decode(frame)),
      watch,
    });
    expect(info.frames()).toEqual([]);
    measured('http://127.0.0.1:1/live', 16.4);
    expect(published).toEqual(['event: stream\ndata: {"burstSeconds":16.4}\n\n']);
    expect(decode(info.frames()[0])).toBe(published[0]);
  });

  it('tells players of the fallback at once, and each stream’s burst as it is measured', () => {
    const { watch, watches, measured } = fakeWatches();
    const published: string[] = [];
    const info = startStreamInfo({
      url: 'http://127.0.0.1:1/live',
      fallbackUrl: 'http://127.0.0.1:1/live-low',
      upAfterSeconds: 600,
      publish: (frame) => published.push(decode(frame)),
      watch,
    });
    expect(decode(info.frames()[0])).toBe(
      'event: stream\ndata: {"fallback":{"upAfterSeconds":600}}\n\n',
    );
    measured('http://127.0.0.1:1/live-low', 15.9);
    measured('http://127.0.0.1:1/live', 16.4);
    expect(published.at(-1)).toBe(
      'event: stream\ndata: {"burstSeconds":16.4,"fallback":{"burstSeconds":15.9,"upAfterSeconds":600}}\n\n',
    );
    expect(info.bursts()).toEqual({
      main: { burstSeconds: 16.4, bytesPerSecond: 5_000 },
      fallback: { burstSeconds: 15.9, bytesPerSecond: 5_000 },
    });
    info.stop();
    expect(watches.size).toBe(0);
  });
});
