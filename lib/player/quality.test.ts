import { describe, expect, it } from 'vitest';
import {
  initialQuality,
  noteStall,
  QUALITY_POLICY,
  reconsider,
  type Conditions,
  type QualityState,
} from './quality';

const S = 1_000;
const MIN = 60 * S;
const good: Conditions = {
  hasFallback: true,
  chosen: false,
  saveData: false,
  poorConnection: false,
};
const start = initialQuality(good, 0);

/** Stalls at the given times, each followed by a look at the conditions a second later. */
function stallsAt(times: number[], conditions = good, state: QualityState = start) {
  return times.reduce(
    (now, at) => reconsider(noteStall(now, at, conditions), at + S, conditions),
    state,
  );
}

describe('the stream a player plays', () => {
  it('starts on the main stream on a good connection', () => {
    expect(start).toMatchObject({ stream: 'main' });
  });

  it('starts low when the listener chose data saver, the browser saves data or the link is 2g', () => {
    expect(initialQuality({ ...good, chosen: true }, 0)).toMatchObject({ reason: 'chosen' });
    expect(initialQuality({ ...good, saveData: true }, 0)).toMatchObject({ reason: 'save-data' });
    expect(initialQuality({ ...good, poorConnection: true }, 0)).toMatchObject({
      stream: 'low',
      reason: 'poor-connection',
    });
  });

  it('never moves without a fallback, whatever happens', () => {
    const none = { ...good, hasFallback: false };
    expect(initialQuality({ ...none, chosen: true, poorConnection: true }, 0).stream).toBe('main');
    expect(stallsAt([0, 5 * S, 10 * S], none, initialQuality(none, 0)).stream).toBe('main');
  });

  it('moves down after two stalls within a minute, not one, nor two a minute apart', () => {
    expect(stallsAt([10 * S]).stream).toBe('main');
    expect(stallsAt([10 * S, 70 * S]).stream).toBe('main');
    expect(stallsAt([10 * S, 69 * S])).toMatchObject({ stream: 'low', reason: 'stalls' });
  });

  it('goes down at once when the connection turns poor while playing', () => {
    expect(reconsider(start, 5 * S, { ...good, poorConnection: true })).toMatchObject({
      stream: 'low',
      since: 5 * S,
    });
  });

  it('tries the main stream again after ten minutes without a stall, and each stall restarts the wait', () => {
    const low = stallsAt([0, 10 * S]);
    expect(reconsider(low, 10 * S + 9 * MIN, good).stream).toBe('low');
    const stalledAgain = noteStall(low, 5 * MIN, good);
    expect(reconsider(stalledAgain, 10 * S + 10 * MIN, good).stream).toBe('low');
    expect(reconsider(stalledAgain, 15 * MIN, good)).toMatchObject({
      stream: 'main',
      probation: true,
    });
  });

  it('does not go up while the connection is still poor or saving data', () => {
    const low = initialQuality({ ...good, poorConnection: true }, 0);
    expect(reconsider(low, 60 * MIN, { ...good, poorConnection: true }).stream).toBe('low');
    expect(reconsider(low, 60 * MIN, { ...good, saveData: true })).toMatchObject({
      stream: 'low',
      reason: 'save-data',
    });
    expect(reconsider(low, 60 * MIN, good).stream).toBe('main');
  });

  it('goes back down at the first stall after trying the main stream, then settles', () => {
    const up = reconsider(stallsAt([0, 10 * S]), 11 * MIN, good);
    expect(up).toMatchObject({ stream: 'main', probation: true });
    expect(noteStall(up, 12 * MIN, good)).toMatchObject({ stream: 'low', reason: 'stalls' });
    // Ten minutes up without a stall: one stall is only one stall again.
    const settled = reconsider(up, 21 * MIN + S, good);
    expect(settled).toMatchObject({ stream: 'main', probation: false });
    expect(noteStall(settled, 22 * MIN, good).stream).toBe('main');
  });

  it('follows the listener’s choice both ways, at once', () => {
    const chosen = reconsider(start, 5 * S, { ...good, chosen: true });
    expect(chosen).toMatchObject({ stream: 'low', reason: 'chosen' });
    expect(reconsider(chosen, 6 * S, good).stream).toBe('main');
    // Turned off on a poor link: it stays low, for the link.
    expect(reconsider(chosen, 6 * S, { ...good, poorConnection: true })).toMatchObject({
      stream: 'low',
      reason: 'poor-connection',
    });
  });

  it('leaves the fallback when the station no longer has one', () => {
    const low = stallsAt([0, 10 * S]);
    expect(reconsider(low, 20 * S, { ...good, hasFallback: false }).stream).toBe('main');
  });

  it('uses the policy it is given (the station sets the wait before going up)', () => {
    const policy = { ...QUALITY_POLICY, upAfterMs: 20 * S };
    const low = noteStall(noteStall(start, 0, good, policy), S, good, policy);
    expect(reconsider(low, 21 * S, good, policy).stream).toBe('main');
  });
});
