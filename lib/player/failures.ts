/**
 * What a failure of the <audio> element means for a live player.
 * Measured with Icecast: while the mount is down, a load fails at once with MediaError 4
 * (SRC_NOT_SUPPORTED, the 404) and play() rejects with NotSupportedError, so both are
 * retryable, not fatal.
 * @see ../../docs/icecast.md "Chromium and the stream"
 * @see https://html.spec.whatwg.org/multipage/media.html#error-codes
 */
export type FailureKind = 'retry' | 'blocked' | 'ignore';

const MEDIA_ERR_ABORTED = 1;

export function classifyMediaError(code: number | undefined): FailureKind {
  // Aborted: we replaced or removed the source ourselves.
  return code === MEDIA_ERR_ABORTED ? 'ignore' : 'retry';
}

export function classifyPlayRejection(name: string | undefined): FailureKind {
  switch (name) {
    case 'NotAllowedError':
      return 'blocked'; // no user gesture: only the visitor can start it
    case 'AbortError':
      return 'ignore'; // interrupted by our own load() or pause()
    default:
      return 'retry';
  }
}
