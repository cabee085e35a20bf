import type { PlayerState, StopReason } from './machine';

/**
 * What the dock says in each state. The main button's name is a contract the end-to-end tests
 * use: "Listen live" when idle, "Stop" while connecting, playing or reconnecting (a live stream
 * cannot be paused and resumed from the same place), "Resume" after a reload while listening,
 * "Try again" once the player has given up.
 * @see ../../docs/architecture.md "Accessible names"
 */
export type ButtonLabel = 'Listen live' | 'Stop' | 'Resume' | 'Try again';

export function buttonLabel(state: PlayerState): ButtonLabel {
  switch (state.status) {
    case 'idle':
      return state.resumable ? 'Resume' : 'Listen live';
    case 'connecting':
    case 'playing':
    case 'reconnecting':
      return 'Stop';
    case 'paused':
      return 'Listen live';
    case 'offline':
      return 'Try again';
  }
}

const MINUTE = 60_000;

const PAUSED_TEXT: Record<StopReason, string> = {
  user: 'Stopped',
  'other-tab': 'Stopped: playing in another tab',
  system: 'Paused',
  blocked: 'Press Listen live to start',
  'off-air': 'The station is off air',
};

export function statusText(state: PlayerState): string {
  switch (state.status) {
    case 'idle':
      return state.resumable ? 'You were listening before the page reloaded' : 'Live radio';
    case 'connecting':
      return 'Connecting…';
    case 'playing':
      return 'Playing';
    case 'reconnecting':
      return 'Reconnecting…';
    case 'paused':
      return PAUSED_TEXT[state.reason];
    case 'offline': {
      const minutes = Math.max(1, Math.round((state.gaveUpAt - state.outageSince) / MINUTE));
      return `Stream offline — tried for ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
    }
  }
}
