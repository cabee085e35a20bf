import { describe, expect, it } from 'vitest';
import { classifyMediaError, classifyPlayRejection } from './failures';

describe('failures of a live stream', () => {
  it('retries network, decode and "not supported" errors (a mount that is down gives 4)', () => {
    expect([2, 3, 4, undefined].map(classifyMediaError)).toEqual([
      'retry',
      'retry',
      'retry',
      'retry',
    ]);
    expect(classifyMediaError(1)).toBe('ignore');
  });

  it('leaves a refused autoplay to the visitor and ignores its own interruptions', () => {
    expect(classifyPlayRejection('NotAllowedError')).toBe('blocked');
    expect(classifyPlayRejection('AbortError')).toBe('ignore');
    expect(classifyPlayRejection('NotSupportedError')).toBe('retry');
    expect(classifyPlayRejection(undefined)).toBe('retry');
  });
});
