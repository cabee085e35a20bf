import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInProcessBus } from './bus';
import { HEARTBEAT_FRAME } from './sse';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createInProcessBus', () => {
  it('delivers the very same frame object to every listener', () => {
    const bus = createInProcessBus();
    const seen: Uint8Array[] = [];
    bus.subscribe((frame) => seen.push(frame));
    bus.subscribe((frame) => seen.push(frame));
    const frame = new Uint8Array([1, 2, 3]);
    bus.publish(frame);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(frame);
    expect(seen[1]).toBe(frame);
  });

  it('stops delivering after unsubscribe, and counts subscribers', () => {
    const bus = createInProcessBus();
    const listener = vi.fn();
    const unsubscribe = bus.subscribe(listener);
    expect(bus.subscriberCount()).toBe(1);
    unsubscribe();
    unsubscribe(); // twice is harmless
    expect(bus.subscriberCount()).toBe(0);
    bus.publish(new Uint8Array([1]));
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps delivering when one listener throws', () => {
    const bus = createInProcessBus();
    const good = vi.fn();
    bus.subscribe(() => {
      throw new Error('closed');
    });
    bus.subscribe(good);
    bus.publish(new Uint8Array([1]));
    expect(good).toHaveBeenCalledOnce();
  });

  it('runs one shared heartbeat only while someone listens', () => {
    const bus = createInProcessBus({ heartbeatMs: 15_000 });
    expect(vi.getTimerCount()).toBe(0);
    const a = vi.fn();
    const b = vi.fn();
    const offA = bus.subscribe(a);
    const offB = bus.subscribe(b);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(15_000);
    expect(a).toHaveBeenCalledWith(HEARTBEAT_FRAME);
    expect(b).toHaveBeenCalledWith(HEARTBEAT_FRAME);
    offA();
    expect(vi.getTimerCount()).toBe(1);
    offB();
    expect(vi.getTimerCount()).toBe(0);
  });
});
