import { describe, expect, it } from 'vitest';
import { buttonLabel, statusText } from './labels';

describe('what the dock says', () => {
  it('names the main button as the tests and screen readers expect', () => {
    expect(buttonLabel({ status: 'idle', resumable: false })).toBe('Listen live');
    expect(buttonLabel({ status: 'idle', resumable: true })).toBe('Resume');
    expect(buttonLabel({ status: 'connecting' })).toBe('Stop');
    expect(buttonLabel({ status: 'playing' })).toBe('Stop');
    expect(buttonLabel({ status: 'reconnecting', attempt: 3, outageSince: 0, trying: false })).toBe(
      'Stop',
    );
    expect(buttonLabel({ status: 'paused', reason: 'user' })).toBe('Listen live');
    expect(buttonLabel({ status: 'offline', outageSince: 0, gaveUpAt: 300_000 })).toBe('Try again');
  });

  it('announces each state in words', () => {
    expect(statusText({ status: 'connecting' })).toBe('Connecting…');
    expect(statusText({ status: 'playing' })).toBe('Playing');
    expect(statusText({ status: 'reconnecting', attempt: 1, outageSince: 0, trying: true })).toBe(
      'Reconnecting…',
    );
    expect(statusText({ status: 'paused', reason: 'other-tab' })).toBe(
      'Stopped: playing in another tab',
    );
  });

  it('says how long it tried before giving up', () => {
    expect(statusText({ status: 'offline', outageSince: 0, gaveUpAt: 300_400 })).toBe(
      'Stream offline — tried for 5 minutes',
    );
    expect(statusText({ status: 'offline', outageSince: 0, gaveUpAt: 20_000 })).toBe(
      'Stream offline — tried for 1 minute',
    );
  });
});
