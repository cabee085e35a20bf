import { describe, expect, it } from 'vitest';
import { createInProcessBus } from './bus';
import {
  acceptsEventStream,
  createEventsHeadResponse,
  createEventsResponse,
  createEventStream,
  encodeNowPlayingFrame,
} from './event-stream';
import { createListenerRegistry } from './listener-registry';
import { HEARTBEAT_FRAME } from './sse';

const decoder = new TextDecoder();
const play = {
  id: 3,
  artist: 'Elbow',
  title: 'Lippy Kids',
  startedAt: '2026-03-29T10:00:00.000Z',
  source: 'push' as const,
};

describe('createEventStream', () => {
  it('sends retry and the current state in the first chunk, then published frames', async () => {
    const bus = createInProcessBus();
    const abort = new AbortController();
    const reader = createEventStream({
      bus,
      initial: [encodeNowPlayingFrame(play)],
      signal: abort.signal,
    }).getReader();
    const first = decoder.decode((await reader.read()).value);
    expect(first).toBe(
      `retry: 2000\n\nevent: now-playing\nid: 3\ndata: ${JSON.stringify(play)}\n\n`,
    );

    const next = encodeNowPlayingFrame({ ...play, id: 4, title: 'Mirrorball' });
    bus.publish(next);
    expect((await reader.read()).value).toBe(next);
    abort.abort();
    expect(await reader.read()).toEqual({ done: true, value: undefined });
    expect(bus.subscriberCount()).toBe(0);
  });

  it('sends only retry when nothing has played yet', async () => {
    const bus = createInProcessBus();
    const reader = createEventStream({
      bus,
      initial: [],
      signal: new AbortController().signal,
    }).getReader();
    expect(decoder.decode((await reader.read()).value)).toBe('retry: 2000\n\n');
    await reader.cancel();
    expect(bus.subscriberCount()).toBe(0);
  });

  it('unsubscribes when the reader cancels', async () => {
    const bus = createInProcessBus();
    const stream = createEventStream({ bus, initial: [], signal: new AbortController().signal });
    expect(bus.subscriberCount()).toBe(1);
    await stream.cancel();
    expect(bus.subscriberCount()).toBe(0);
  });

  it('does not subscribe for an already aborted request', () => {
    const bus = createInProcessBus();
    createEventStream({ bus, initial: [], signal: AbortSignal.abort() });
    expect(bus.subscriberCount()).toBe(0);
  });

  it('closes a reader that falls too far behind', async () => {
    const bus = createInProcessBus();
    const stream = createEventStream({
      bus,
      initial: [],
      signal: new AbortController().signal,
      maxBacklog: 4,
    });
    for (let i = 0; i < 20; i++) bus.publish(new Uint8Array([i]));
    expect(bus.subscriberCount()).toBe(0);
    const reader = stream.getReader();
    let chunks = 0;
    while (!(await reader.read()).done) chunks++;
    expect(chunks).toBeLessThan(20);
  });
});

describe('createEventStream endings', () => {
  it('ends at its deadline with the next frame, heartbeats included, and releases once', async () => {
    const bus = createInProcessBus();
    let clock = 1_000;
    let closed = 0;
    const stream = createEventStream({
      bus,
      initial: [],
      signal: new AbortController().signal,
      deadline: 2_000,
      now: () => clock,
      onClose: () => closed++,
    });
    bus.publish(HEARTBEAT_FRAME);
    expect(bus.subscriberCount()).toBe(1);
    clock = 2_000;
    bus.publish(HEARTBEAT_FRAME);
    expect(bus.subscriberCount()).toBe(0);
    await stream.cancel();
    expect(closed).toBe(1);
  });

  it('releases its slot however it ends: abort, cancel, backlog or shutdown', async () => {
    const registry = createListenerRegistry();
    const bus = createInProcessBus();
    const open = (signal = new AbortController().signal) => {
      const slot = registry.admit('client');
      if ('refused' in slot) throw new Error('refused');
      return createEventStream({
        bus,
        initial: [],
        signal,
        maxBacklog: 2,
        onClose: slot.release,
        track: registry.track,
      });
    };
    const abort = new AbortController();
    open(abort.signal);
    const cancelled = open();
    open(); // never read: falls behind
    open(); // ended by shutdown
    expect(registry.count()).toBe(4);
    abort.abort();
    await cancelled.cancel();
    for (let i = 0; i < 20; i++) bus.publish(new Uint8Array([i]));
    registry.closeAll();
    expect(registry.count()).toBe(0);
    expect(bus.subscriberCount()).toBe(0);
  });
});

const eventStreamRequest = (init: RequestInit = {}) =>
  new Request('http://localhost/api/now-playing/events', {
    ...init,
    headers: { accept: 'text/event-stream', ...init.headers },
  });

describe('createEventsResponse', () => {
  it('answers with SSE headers, and lets go of the slot when the client leaves', () => {
    const bus = createInProcessBus();
    const registry = createListenerRegistry();
    const abort = new AbortController();
    const response = createEventsResponse(eventStreamRequest({ signal: abort.signal }), {
      bus,
      initial: [],
      registry,
      client: '192.0.2.1',
    });
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    });
    expect(registry.count()).toBe(1);
    abort.abort();
    expect(bus.subscriberCount()).toBe(0);
    expect(registry.count()).toBe(0);
  });

  it('answers only an event-stream request: anything else gets a 406 and subscribes nothing', async () => {
    const bus = createInProcessBus();
    const registry = createListenerRegistry();
    for (const accept of ['*/*', 'image/avif,image/webp,*/*', 'text/html', '']) {
      const request = new Request('http://localhost/api/now-playing/events', {
        headers: { accept },
      });
      const response = createEventsResponse(request, { bus, initial: [], registry, client: 'x' });
      expect(response.status, accept).toBe(406);
      expect((await response.json()).error).toContain('text/event-stream');
    }
    expect(bus.subscriberCount()).toBe(0);
    expect(registry.count()).toBe(0);
  });

  it('refuses a client past its cap with 429, and everyone past the total with 503', () => {
    const bus = createInProcessBus();
    const registry = createListenerRegistry({ maxTotal: 3, maxPerClient: 2 });
    const open = (client: string) =>
      createEventsResponse(eventStreamRequest(), { bus, initial: [], registry, client }).status;
    expect([open('a'), open('a'), open('a')]).toEqual([200, 200, 429]);
    expect([open('b'), open('c')]).toEqual([200, 503]);
    registry.closeAll();
    expect(bus.subscriberCount()).toBe(0);
  });

  it('spreads lifetimes so listeners do not all reconnect at once', () => {
    const bus = createInProcessBus();
    const registry = createListenerRegistry();
    let clock = 0;
    for (const random of [0, 0.5, 0.999]) {
      createEventsResponse(eventStreamRequest(), {
        bus,
        initial: [],
        registry,
        client: 'x',
        lifetimeMs: 1_000,
        random: () => random,
        now: () => clock,
      });
    }
    // Lifetimes of 800, 1000 and ~1200 ms: each heartbeat past one ends that stream only.
    const left = [900, 1_100, 1_200].map((at) => {
      clock = at;
      bus.publish(HEARTBEAT_FRAME);
      return bus.subscriberCount();
    });
    expect(left).toEqual([2, 1, 0]);
    expect(registry.count()).toBe(0);
  });
});

describe('createEventsHeadResponse', () => {
  it('answers like GET, with no body and no subscription', () => {
    const registry = createListenerRegistry();
    const response = createEventsHeadResponse(eventStreamRequest({ method: 'HEAD' }), {
      registry,
      client: 'x',
    });
    expect(response.status).toBe(200);
    expect(response.body).toBeNull();
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(registry.count()).toBe(0);
    const wrongAccept = new Request('http://localhost/', { method: 'HEAD' });
    expect(createEventsHeadResponse(wrongAccept, { registry, client: 'x' }).status).toBe(406);
  });
});

describe('acceptsEventStream', () => {
  it('reads the media range, with or without parameters, in any case', () => {
    expect(acceptsEventStream('text/event-stream')).toBe(true);
    expect(acceptsEventStream('text/html, Text/Event-Stream;q=0.9')).toBe(true);
    expect(acceptsEventStream('*/*')).toBe(false);
    expect(acceptsEventStream(null)).toBe(false);
  });
});
