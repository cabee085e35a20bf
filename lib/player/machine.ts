import { backoffDelay, LIVE_BACKOFF, shouldGiveUp, type BackoffPolicy } from '@/lib/retry/backoff';

/**
 * The live player as a state machine: what the visitor wants (to listen or not) against what
 * the stream does (plays, drops, fails). Pure: events carry their time, randomness is injected,
 * and the side effects come back as commands for the browser adapter to carry out.
 *
 * A live stream has no "resume from here": stopping tears the connection down and listening
 * again opens a new one at the live edge.
 */
export type StopReason = 'user' | 'other-tab' | 'system' | 'blocked' | 'off-air';
export type DropCause = 'ended' | 'error' | 'stall' | 'timeout';

export type PlayerState =
  | { status: 'idle'; resumable: boolean }
  | { status: 'connecting' }
  | { status: 'playing' }
  // `trying`: an attempt is under way; false while waiting for the backoff timer.
  | { status: 'reconnecting'; attempt: number; outageSince: number; trying: boolean }
  | { status: 'paused'; reason: StopReason }
  | { status: 'offline'; outageSince: number; gaveUpAt: number };

export type PlayerStatus = PlayerState['status'];

export type PlayerEvent =
  /** On mount: the tab was listening before a full reload (offer Resume, never autoplay). */
  | { type: 'restore'; resumable: boolean }
  /** The visitor (button, lock screen, headset) asks to listen. */
  | { type: 'play' }
  /** The visitor asks to stop, or another tab started playing. */
  | { type: 'stop'; reason: 'user' | 'other-tab' }
  /** The element fired `playing`. */
  | { type: 'playing' }
  /** The stream stopped or failed: `ended`, a retryable error, a stall, an attempt timeout. */
  | { type: 'dropped'; at: number; cause: DropCause }
  /** The backoff timer fired. */
  | { type: 'retry' }
  /** The browser or OS paused the element (not us, not the end of the stream). */
  | { type: 'paused-by-browser' }
  /** play() was refused for want of a user gesture. */
  | { type: 'blocked' }
  /** The station says it is off air: there is nothing to reconnect to until it is back. */
  | { type: 'station-off-air' }
  /** The player moves to the other stream (lib/player/quality.ts): a new connection, at the live edge. */
  | { type: 'switch-stream' };

export type PlayerCommand =
  | { type: 'start-stream' }
  | { type: 'stop-stream' }
  | { type: 'schedule-retry'; delayMs: number }
  | { type: 'cancel-retry' }
  | { type: 'claim-tab' }
  | { type: 'remember-listening' }
  | { type: 'forget-listening' };

export type Transition = { state: PlayerState; commands: PlayerCommand[] };

export type MachineOptions = { policy?: BackoffPolicy; random?: () => number };

export const INITIAL_STATE: PlayerState = { status: 'idle', resumable: false };

/** Connecting, playing or reconnecting: the visitor wants sound. */
export function wantsSound(state: PlayerState): boolean {
  return (
    state.status === 'connecting' || state.status === 'playing' || state.status === 'reconnecting'
  );
}

const stay = (state: PlayerState): Transition => ({ state, commands: [] });

export function transition(
  state: PlayerState,
  event: PlayerEvent,
  { policy = LIVE_BACKOFF, random = Math.random }: MachineOptions = {},
): Transition {
  switch (event.type) {
    case 'restore':
      return state.status === 'idle'
        ? stay({ status: 'idle', resumable: event.resumable })
        : stay(state);

    case 'play':
      if (wantsSound(state)) return stay(state);
      return {
        state: { status: 'connecting' },
        commands: [{ type: 'cancel-retry' }, { type: 'claim-tab' }, { type: 'start-stream' }],
      };

    case 'stop':
      if (!wantsSound(state) && state.status !== 'offline') return stay(state);
      return {
        state: { status: 'paused', reason: event.reason },
        commands: [{ type: 'cancel-retry' }, { type: 'stop-stream' }, { type: 'forget-listening' }],
      };

    case 'playing':
      if (state.status !== 'connecting' && state.status !== 'reconnecting') return stay(state);
      return {
        state: { status: 'playing' },
        commands: [{ type: 'cancel-retry' }, { type: 'remember-listening' }],
      };

    case 'dropped': {
      if (state.status === 'connecting' || state.status === 'playing') {
        return waitToRetry(1, event.at, policy, random);
      }
      // While waiting for the timer, a second report of the same failure (an `error` event and
      // the rejected play() of one attempt) changes nothing.
      if (state.status !== 'reconnecting' || !state.trying) return stay(state);
      if (shouldGiveUp(state.outageSince, event.at, policy)) {
        return {
          state: { status: 'offline', outageSince: state.outageSince, gaveUpAt: event.at },
          commands: [{ type: 'stop-stream' }, { type: 'forget-listening' }],
        };
      }
      return waitToRetry(state.attempt + 1, state.outageSince, policy, random);
    }

    case 'retry':
      if (state.status !== 'reconnecting' || state.trying) return stay(state);
      return { state: { ...state, trying: true }, commands: [{ type: 'start-stream' }] };

    case 'paused-by-browser':
      if (state.status !== 'playing') return stay(state);
      return {
        state: { status: 'paused', reason: 'system' },
        commands: [{ type: 'stop-stream' }, { type: 'forget-listening' }],
      };

    case 'blocked':
      if (state.status !== 'connecting' && state.status !== 'reconnecting') return stay(state);
      return {
        state: { status: 'paused', reason: 'blocked' },
        commands: [{ type: 'cancel-retry' }, { type: 'stop-stream' }, { type: 'forget-listening' }],
      };

    case 'station-off-air':
      // Retrying a stream that is not there would only say "Reconnecting…" for five minutes.
      if (!wantsSound(state)) return stay(state);
      return {
        state: { status: 'paused', reason: 'off-air' },
        commands: [{ type: 'cancel-retry' }, { type: 'stop-stream' }, { type: 'forget-listening' }],
      };

    case 'switch-stream':
      // Reconnecting: the next attempt goes to the new stream by itself.
      if (state.status !== 'connecting' && state.status !== 'playing') return stay(state);
      return {
        state: { status: 'connecting' },
        commands: [{ type: 'stop-stream' }, { type: 'start-stream' }],
      };
  }
}

function waitToRetry(
  attempt: number,
  outageSince: number,
  policy: BackoffPolicy,
  random: () => number,
): Transition {
  return {
    state: { status: 'reconnecting', attempt, outageSince, trying: false },
    // Tear down first: a stalled element that recovers on its own during the wait would
    // otherwise play on beside the retry.
    commands: [
      { type: 'stop-stream' },
      { type: 'schedule-retry', delayMs: backoffDelay(attempt, random(), policy) },
    ],
  };
}
