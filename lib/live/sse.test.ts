import { describe, expect, it } from 'vitest';
import { encodeSseComment, encodeSseEvent, encodeSseRetry, HEARTBEAT_FRAME } from './sse';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('SSE framing', () => {
  it('encodes an event with id and data', () => {
    expect(text(encodeSseEvent({ event: 'now-playing', id: 7, data: '{"a":1}' }))).toBe(
      'event: now-playing\nid: 7\ndata: {"a":1}\n\n',
    );
  });

  it('splits multi-line data into several data lines', () => {
    expect(text(encodeSseEvent({ event: 'x', data: 'a\nb\r\nc' }))).toBe(
      'event: x\ndata: a\ndata: b\ndata: c\n\n',
    );
  });

  it('keeps line breaks out of the event name and id', () => {
    expect(text(encodeSseEvent({ event: 'x\ndata: evil', id: '1\n2', data: '' }))).toBe(
      'event: xdata: evil\nid: 12\ndata: \n\n',
    );
  });

  it('encodes retry and comment lines', () => {
    expect(text(encodeSseRetry(2000))).toBe('retry: 2000\n\n');
    expect(text(encodeSseComment('hb'))).toBe(': hb\n\n');
    expect(text(HEARTBEAT_FRAME)).toBe(': hb\n\n');
  });
});
