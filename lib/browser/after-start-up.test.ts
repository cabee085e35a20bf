import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterStartUp, resetStartUp } from './after-start-up';

/** A scheduler whose idle moment comes when the test says. */
function fakeIdle() {
  const waiting = new Set<() => void>();
  return {
    idle: vi.fn((run: () => void) => {
      waiting.add(run);
      return () => waiting.delete(run);
    }),
    goIdle() {
      for (const run of [...waiting]) run();
      waiting.clear();
    },
  };
}

describe('afterStartUp', () => {
  afterEach(() => resetStartUp());

  it('waits for the page to be idle, then runs the work', () => {
    const scheduler = fakeIdle();
    const work = vi.fn();
    afterStartUp(work, scheduler);
    expect(work).not.toHaveBeenCalled();
    scheduler.goIdle();
    expect(work).toHaveBeenCalledOnce();
  });

  it('runs later work at once once the page has been idle', () => {
    const scheduler = fakeIdle();
    afterStartUp(() => {}, scheduler);
    scheduler.goIdle();
    const work = vi.fn();
    afterStartUp(work, scheduler);
    expect(work).toHaveBeenCalledOnce();
    expect(scheduler.idle).toHaveBeenCalledOnce();
  });

  it('does not run work cancelled before the page was idle', () => {
    const scheduler = fakeIdle();
    const work = vi.fn();
    const cancel = afterStartUp(work, scheduler);
    cancel();
    scheduler.goIdle();
    expect(work).not.toHaveBeenCalled();
  });
});
