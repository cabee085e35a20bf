import { describe, expect, it } from 'vitest';
import { concatBytes, readLimited } from './read-limited';

function streamOf(chunks: Uint8Array[], onCancel?: () => void): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[i++];
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
    cancel: onCancel,
  });
}

describe('readLimited', () => {
  it('reads a stream within the limit', async () => {
    const result = await readLimited(streamOf([new Uint8Array([1, 2]), new Uint8Array([3])]), 3);
    expect(result).toEqual({ ok: true, bytes: new Uint8Array([1, 2, 3]) });
  });

  it('treats a missing body as empty', async () => {
    expect(await readLimited(null, 10)).toEqual({ ok: true, bytes: new Uint8Array(0) });
  });

  it('stops and cancels as soon as the running count passes the limit', async () => {
    let cancelled = false;
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
      },
      cancel() {
        cancelled = true;
      },
    });
    const result = await readLimited(endless, 4096);
    expect(result).toEqual({ ok: false, reason: 'too-large' });
    await Promise.resolve();
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(10);
  });

  it('concatenates chunks', () => {
    expect(concatBytes([new Uint8Array([1]), new Uint8Array([2, 3])])).toEqual(
      new Uint8Array([1, 2, 3]),
    );
  });
});
