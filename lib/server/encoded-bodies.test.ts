import { PassThrough } from 'node:stream';
import { ServerResponse, type IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createEncodedBodies, matchesEtag, sendEncodedBodies } from './encoded-bodies';

const PAGE = `<!DOCTYPE html><p>“Quoted” — ${'words and more words '.repeat(200)}</p>`;

/** A real ServerResponse writing to a buffer: the bytes it would put on the socket. */
function exchange(headers: Record<string, string> = {}, method = 'GET') {
  const request = { method, headers } as unknown as IncomingMessage;
  const response = new ServerResponse(request);
  const socket = new PassThrough();
  const sent: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => sent.push(chunk));
  response.assignSocket(socket as never);
  return { request, response, wire: () => Buffer.concat(sent).toString('utf8') };
}

describe('sendEncodedBodies', () => {
  it('sends a shareable page as its UTF-8 bytes with a strong ETag, encoding it once', () => {
    const encoded = createEncodedBodies();
    const tags = [1, 2].map(() => {
      const { request, response, wire } = exchange();
      sendEncodedBodies(request, response, encoded);
      response.setHeader('Cache-Control', 's-maxage=300, stale-while-revalidate=86100');
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(PAGE);
      expect(wire()).toContain(`Content-Length: ${Buffer.byteLength(PAGE)}`);
      expect(wire().endsWith(PAGE)).toBe(true);
      return response.getHeader('etag');
    });
    expect(tags[0]).toMatch(/^"[\w-]+"$/);
    expect(tags[1]).toBe(tags[0]);
    expect(encoded(PAGE).body).toBe(encoded(String(PAGE)).body);
  });

  it('holds the status line a compressor writes first until the body is known', () => {
    const encoded = createEncodedBodies();
    const { request, response, wire } = exchange();
    sendEncodedBodies(request, response, encoded);
    response.setHeader('Cache-Control', 's-maxage=300');
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.writeHead(200);
    response.end(PAGE);
    expect(wire()).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(wire()).toContain(`ETag: ${encoded(PAGE).etag}`);
    expect(wire().endsWith(PAGE)).toBe(true);
  });

  it('sends a streamed or compressed body as it comes', () => {
    const encoded = createEncodedBodies();
    const { request, response, wire } = exchange();
    sendEncodedBodies(request, response, encoded);
    response.setHeader('Cache-Control', 's-maxage=300');
    response.writeHead(200, { 'Content-Encoding': 'gzip' });
    response.write(Buffer.from('abc'));
    response.end(Buffer.from('def'));
    expect(wire()).toContain('Content-Encoding: gzip');
    expect(wire()).not.toContain('ETag');
  });

  it('answers 304 with no body when the reader’s copy is current', () => {
    const encoded = createEncodedBodies();
    const { etag } = encoded(PAGE);
    const { request, response, wire } = exchange({ 'if-none-match': `W/${etag}, "other"` });
    sendEncodedBodies(request, response, encoded);
    response.setHeader('Cache-Control', 's-maxage=300');
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(PAGE);
    expect(response.statusCode).toBe(304);
    expect(wire()).not.toContain('words and more');
  });

  it('leaves private, short, failed and non-GET answers as they are', () => {
    const encoded = createEncodedBodies();
    for (const [method, status, cacheControl, body, type = 'text/html'] of [
      ['GET', 200, 's-maxage=60', PAGE, 'text/x-component'],
      ['GET', 200, 'private, no-store', PAGE],
      ['GET', 404, 's-maxage=60', PAGE],
      ['GET', 200, 's-maxage=60', 'short'],
      ['POST', 200, 's-maxage=60', PAGE],
    ] as const) {
      const { request, response } = exchange({}, method);
      sendEncodedBodies(request, response, encoded);
      response.statusCode = status;
      response.setHeader('Cache-Control', cacheControl);
      response.setHeader('Content-Type', type);
      response.end(body);
      expect(response.getHeader('etag'), `${method} ${status} ${cacheControl}`).toBeUndefined();
    }
  });

  it('forgets the least recently sent page past its bound', () => {
    const encoded = createEncodedBodies(2);
    const [a, b, c] = ['a', 'b', 'c'].map((x) => x.repeat(3_000));
    const first = encoded(a!);
    encoded(b!);
    encoded(a!);
    encoded(c!);
    expect(encoded(a!)).toBe(first);
  });
});

describe('matchesEtag', () => {
  it('compares weakly, in lists, and takes *', () => {
    expect(matchesEtag('"x"', '"x"')).toBe(true);
    expect(matchesEtag('W/"x"', '"x"')).toBe(true);
    expect(matchesEtag('"y", "x"', '"x"')).toBe(true);
    expect(matchesEtag('*', '"x"')).toBe(true);
    expect(matchesEtag('"y"', '"x"')).toBe(false);
    expect(matchesEtag(undefined, '"x"')).toBe(false);
  });
});
