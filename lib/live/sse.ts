/**
 * Server-Sent Events framing. Frames are built once as bytes and shared by every listener.
 * @see https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation
 */
const encoder = new TextEncoder();

export const SSE_RETRY_MS = 2000;

export function encodeSseEvent({
  event,
  id,
  data,
}: {
  event: string;
  id?: string | number;
  data: string;
}): Uint8Array {
  const lines = [`event: ${singleLine(event)}`];
  if (id !== undefined) lines.push(`id: ${singleLine(String(id))}`);
  // A data value with line breaks becomes several data: lines, which the client rejoins.
  for (const line of data.split(/\r\n|\r|\n/)) lines.push(`data: ${line}`);
  return encoder.encode(`${lines.join('\n')}\n\n`);
}

/** Tells the browser how long to wait before reconnecting. */
export function encodeSseRetry(ms: number): Uint8Array {
  return encoder.encode(`retry: ${Math.round(ms)}\n\n`);
}

/** A comment line: ignored by EventSource, but keeps proxies from closing an idle stream. */
export function encodeSseComment(text: string): Uint8Array {
  return encoder.encode(`: ${singleLine(text)}\n\n`);
}

export const HEARTBEAT_FRAME = encodeSseComment('hb');

// Field values may not contain line breaks (nor NUL in ids); drop them rather than break framing.
function singleLine(value: string): string {
  return value.replace(/[\r\n\0]/g, '');
}
