import { describe, expect, it } from 'vitest';
import { createListenerRegistry } from './listener-registry';

describe('createListenerRegistry', () => {
  it('caps streams per client and in all, and counts each release once', () => {
    const registry = createListenerRegistry({ maxTotal: 3, maxPerClient: 2 });
    const a1 = registry.admit('a');
    const a2 = registry.admit('a');
    expect(registry.admit('a')).toEqual({ refused: 'client-full' });
    const b1 = registry.admit('b');
    expect(registry.admit('c')).toEqual({ refused: 'full' });
    expect(registry.count()).toBe(3);

    if (!('release' in a1) || !('release' in a2) || !('release' in b1)) throw new Error('refused');
    a1.release();
    a1.release();
    expect(registry.countFor('a')).toBe(1);
    expect(registry.count()).toBe(2);
    a2.release();
    b1.release();
    expect(registry.count()).toBe(0);
    expect(registry.countFor('a')).toBe(0);
  });

  it('ends every tracked stream on closeAll', () => {
    const registry = createListenerRegistry();
    const closed: string[] = [];
    registry.track(() => closed.push('one'));
    const untrack = registry.track(() => closed.push('two'));
    untrack();
    registry.closeAll();
    expect(closed).toEqual(['one']);
  });

  it('admits a burst of new streams per client, however quickly they end, then refuses', () => {
    const registry = createListenerRegistry({ connectBurst: 3 });
    for (let i = 0; i < 3; i++) {
      const slot = registry.admit('a');
      if ('release' in slot) slot.release();
    }
    expect(registry.admit('a')).toEqual({ refused: 'too-often' });
    expect(registry.admit('b')).toHaveProperty('release');
    expect(registry.count()).toBe(1);
  });
});
