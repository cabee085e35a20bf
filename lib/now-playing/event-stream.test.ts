import { describe, expect, it } from 'vitest';
import { createInProcessBus } from './bus';
import { createEventsResponse, createEventStream, encodeNowPlayingFrame } from './event-stream';

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
      initial: encodeNowPlayingFrame(play),
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
      initial: null,
      signal: new AbortController().signal,
    }).getReader();
    expect(decoder.decode((await reader.read()).value)).toBe('retry: 2000\n\n');
    await reader.cancel();
    expect(bus.subscriberCount()).toBe(0);
  });

  it('unsubscribes when the reader cancels', async () => {
    const bus = createInProcessBus();
    const stream = createEventStream({ bus, initial: null, signal: new AbortController().signal });
    expect(bus.subscriberCount()).toBe(1);
    await stream.cancel();
    expect(bus.subscriberCount()).toBe(0);
  });

  it('does not subscribe for an already aborted request', () => {
    const bus = createInProcessBus();
    createEventStream({ bus, initial: null, signal: AbortSignal.abort() });
    expect(bus.subscriberCount()).toBe(0);
  });

  it('closes a reader that falls too far behind', async () => {
    const bus = createInProcessBus();
    const stream = createEventStream({
      bus,
      initial: null,
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

describe('createEventsResponse', () => {
  it('answers with SSE headers', () => {
    const bus = createInProcessBus();
    const abort = new AbortController();
    const response = createEventsResponse(
      new Request('http://localhost/', { signal: abort.signal }),
      {
        bus,
        initial: null,
        subscriberCount: bus.subscriberCount,
      },
    );
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    });
    abort.abort();
    expect(bus.subscriberCount()).toBe(0);
  });

  it('refuses listeners past the cap', () => {
    const bus = createInProcessBus();
    const response = createEventsResponse(new Request('http://localhost/'), {
      bus,
      initial: null,
      subscriberCount: () => 2,
      maxListeners: 2,
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
  });
});
