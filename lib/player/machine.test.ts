import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIVE_BACKOFF } from '@/lib/retry/backoff';
import {
  INITIAL_STATE,
  transition,
  wantsSound,
  type PlayerCommand,
  type PlayerEvent,
  type PlayerState,
} from './machine';

const opts = { random: () => 0.5 };
const types = (commands: PlayerCommand[]) => commands.map((c) => c.type);

/** Runs events through the machine, collecting every command. */
function run(events: PlayerEvent[], from: PlayerState = INITIAL_STATE, random = () => 0.5) {
  let state = from;
  const commands: PlayerCommand[] = [];
  for (const event of events) {
    const next = transition(state, event, { random });
    state = next.state;
    commands.push(...next.commands);
  }
  return { state, commands };
}

describe('the live player', () => {
  it('does nothing on page load, even after a reload while listening', () => {
    const { state, commands } = run([{ type: 'restore', resumable: true }]);
    expect(state).toEqual({ status: 'idle', resumable: true });
    expect(commands).toEqual([]);
  });

  it('starts the stream when asked, claims the tab, and remembers once it plays', () => {
    const started = transition(INITIAL_STATE, { type: 'play' }, opts);
    expect(started.state.status).toBe('connecting');
    expect(types(started.commands)).toEqual(['cancel-retry', 'claim-tab', 'start-stream']);
    const playing = transition(started.state, { type: 'playing' }, opts);
    expect(playing.state.status).toBe('playing');
    expect(types(playing.commands)).toContain('remember-listening');
  });

  it('stopping tears the connection down, so listening again starts at the live edge', () => {
    const { state } = run([{ type: 'play' }, { type: 'playing' }]);
    const stopped = transition(state, { type: 'stop', reason: 'user' }, opts);
    expect(stopped.state).toEqual({ status: 'paused', reason: 'user' });
    expect(types(stopped.commands)).toEqual(['cancel-retry', 'stop-stream', 'forget-listening']);
    const again = transition(stopped.state, { type: 'play' }, opts);
    expect(types(again.commands)).toContain('start-stream');
  });

  it('treats `ended` while listening as a dropped source and retries with backoff', () => {
    const { state, commands } = run([
      { type: 'play' },
      { type: 'playing' },
      { type: 'dropped', at: 1_000, cause: 'ended' },
    ]);
    expect(state).toEqual({
      status: 'reconnecting',
      attempt: 1,
      outageSince: 1_000,
      trying: false,
    });
    expect(commands.at(-1)).toEqual({ type: 'schedule-retry', delayMs: 500 });
  });

  it('counts one failed attempt once, though the element reports it twice', () => {
    const { state, commands } = run([
      { type: 'play' },
      { type: 'playing' },
      { type: 'dropped', at: 0, cause: 'ended' },
      { type: 'retry' },
      { type: 'dropped', at: 600, cause: 'error' }, // MediaError 4
      { type: 'dropped', at: 601, cause: 'error' }, // play() rejected: NotSupportedError
    ]);
    expect(state).toEqual({ status: 'reconnecting', attempt: 2, outageSince: 0, trying: false });
    expect(commands.filter((c) => c.type === 'schedule-retry')).toEqual([
      { type: 'schedule-retry', delayMs: 500 },
      { type: 'schedule-retry', delayMs: 1000 },
    ]);
  });

  it('resumes by itself when the source returns', () => {
    const { state, commands } = run([
      { type: 'play' },
      { type: 'playing' },
      { type: 'dropped', at: 0, cause: 'ended' },
      { type: 'retry' },
      { type: 'playing' },
    ]);
    expect(state.status).toBe('playing');
    expect(types(commands).filter((t) => t === 'start-stream')).toHaveLength(2);
  });

  it('retries when the very first connection fails, and gives up after a long outage', () => {
    let { state } = run([{ type: 'play' }, { type: 'dropped', at: 0, cause: 'error' }]);
    let at = 0;
    while (state.status === 'reconnecting') {
      at += 5_000;
      state = run([{ type: 'retry' }, { type: 'dropped', at, cause: 'error' }], state).state;
    }
    expect(state).toEqual({ status: 'offline', outageSince: 0, gaveUpAt: 300_000 });
    const retried = transition(state, { type: 'play' }, opts);
    expect(retried.state.status).toBe('connecting');
  });

  it('stops when another tab starts playing, and when play is refused', () => {
    const { state } = run([{ type: 'play' }, { type: 'playing' }]);
    expect(transition(state, { type: 'stop', reason: 'other-tab' }, opts).state).toEqual({
      status: 'paused',
      reason: 'other-tab',
    });
    const blocked = run([{ type: 'play' }, { type: 'blocked' }]);
    expect(blocked.state).toEqual({ status: 'paused', reason: 'blocked' });
  });

  it('stops retrying, and says why, when the station goes off air', () => {
    const reconnecting = run([
      { type: 'play' },
      { type: 'playing' },
      { type: 'dropped', at: 0, cause: 'ended' },
    ]);
    expect(reconnecting.state.status).toBe('reconnecting');
    const { state, commands } = transition(reconnecting.state, { type: 'station-off-air' }, opts);
    expect(state).toEqual({ status: 'paused', reason: 'off-air' });
    expect(types(commands)).toEqual(['cancel-retry', 'stop-stream', 'forget-listening']);
    // Nothing to do for a visitor who was not listening; pressing play still tries.
    expect(transition(INITIAL_STATE, { type: 'station-off-air' }, opts).state).toBe(INITIAL_STATE);
    expect(transition(state, { type: 'play' }, opts).state).toEqual({ status: 'connecting' });
  });

  it('follows a pause by the browser or OS without fighting it', () => {
    const { state, commands } = run([
      { type: 'play' },
      { type: 'playing' },
      { type: 'paused-by-browser' },
    ]);
    expect(state).toEqual({ status: 'paused', reason: 'system' });
    expect(types(commands)).not.toContain('schedule-retry');
  });

  it('moves to the other stream with a new connection, and only while listening', () => {
    const playing = run([{ type: 'play' }, { type: 'playing' }]).state;
    const switched = transition(playing, { type: 'switch-stream' }, opts);
    expect(switched.state).toEqual({ status: 'connecting' });
    expect(types(switched.commands)).toEqual(['stop-stream', 'start-stream']);
    // Waiting to reconnect: the retry goes to the new stream; stopped: nothing to move.
    const waiting = run([{ type: 'play' }, { type: 'dropped', at: 0, cause: 'stall' }]).state;
    expect(transition(waiting, { type: 'switch-stream' }, opts)).toEqual({
      state: waiting,
      commands: [],
    });
    expect(transition(INITIAL_STATE, { type: 'switch-stream' }, opts).commands).toEqual([]);
  });
});

const eventArb: fc.Arbitrary<PlayerEvent> = fc.oneof(
  fc.constant<PlayerEvent>({ type: 'play' }),
  fc.constantFrom<PlayerEvent>(
    { type: 'stop', reason: 'user' },
    { type: 'stop', reason: 'other-tab' },
  ),
  fc.constant<PlayerEvent>({ type: 'playing' }),
  fc.constant<PlayerEvent>({ type: 'retry' }),
  fc.constant<PlayerEvent>({ type: 'paused-by-browser' }),
  fc.constant<PlayerEvent>({ type: 'blocked' }),
  fc.constant<PlayerEvent>({ type: 'station-off-air' }),
  fc.constant<PlayerEvent>({ type: 'switch-stream' }),
  fc.boolean().map<PlayerEvent>((resumable) => ({ type: 'restore', resumable })),
  fc
    .constantFrom('ended', 'error', 'stall', 'timeout' as const)
    .map<PlayerEvent>((cause) => ({ type: 'dropped', at: 0, cause })),
);

// Time only moves forward: each event's `at` is the sum of the gaps before it.
const timelineArb = fc
  .array(fc.tuple(eventArb, fc.integer({ min: 0, max: 120_000 })), { maxLength: 60 })
  .map((steps) => {
    let at = 0;
    return steps.map(([event, gap]) => {
      at += gap;
      return event.type === 'dropped' ? { ...event, at } : event;
    });
  });

describe('the live player (properties)', () => {
  it('never starts the stream unless the visitor asked, a retry is due or it changes stream', () => {
    fc.assert(
      fc.property(timelineArb, (events) => {
        let state = INITIAL_STATE;
        for (const event of events) {
          const next = transition(state, event, opts);
          if (types(next.commands).includes('start-stream')) {
            expect(['play', 'retry', 'switch-stream']).toContain(event.type);
          }
          if (next.state.status === 'playing' && state.status !== 'playing') {
            expect(event.type).toBe('playing');
          }
          state = next.state;
        }
      }),
    );
  });

  it('leaves no retry timer or connection behind once the visitor stops', () => {
    fc.assert(
      fc.property(timelineArb, (events) => {
        const { state } = run(events);
        const stopped = transition(state, { type: 'stop', reason: 'user' }, opts);
        expect(wantsSound(stopped.state)).toBe(false);
        if (wantsSound(state)) {
          expect(types(stopped.commands)).toEqual([
            'cancel-retry',
            'stop-stream',
            'forget-listening',
          ]);
        }
      }),
    );
  });

  it('waits within the backoff bounds, and gives up only after the outage has lasted 5 minutes', () => {
    fc.assert(
      fc.property(
        timelineArb,
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (events, random) => {
          let state = INITIAL_STATE;
          for (const event of events) {
            const next = transition(state, event, { random: () => random });
            for (const command of next.commands) {
              if (command.type === 'schedule-retry') {
                expect(command.delayMs).toBeGreaterThanOrEqual(LIVE_BACKOFF.initialMs * 0.8);
                expect(command.delayMs).toBeLessThanOrEqual(LIVE_BACKOFF.maxMs * 1.2);
              }
            }
            if (next.state.status === 'offline' && state.status !== 'offline') {
              expect(event.type).toBe('dropped');
              expect(next.state.gaveUpAt - next.state.outageSince).toBeGreaterThanOrEqual(
                LIVE_BACKOFF.giveUpAfterMs,
              );
            }
            if (next.state.status === 'reconnecting' && event.type === 'dropped') {
              expect(event.at - next.state.outageSince).toBeLessThan(LIVE_BACKOFF.giveUpAfterMs);
            }
            state = next.state;
          }
        },
      ),
    );
  });
});
