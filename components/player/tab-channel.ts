/**
 * One player across the visitor's tabs: a tab that starts playing says so, and the others stop.
 * @see https://html.spec.whatwg.org/multipage/web-messaging.html#broadcasting-to-other-browsing-contexts
 */
const CHANNEL = 'oldham-reporter-player';

type Message = { type: 'playing'; id: string };

function isMessage(data: unknown): data is Message {
  if (!data || typeof data !== 'object') return false;
  const { type, id } = data as Record<string, unknown>;
  return type === 'playing' && typeof id === 'string';
}

export type TabChannel = { claim: () => void; close: () => void };

export function openTabChannel(onOtherTabPlaying: () => void): TabChannel {
  if (typeof BroadcastChannel === 'undefined') return { claim: () => {}, close: () => {} };
  // Not crypto.randomUUID(): that exists only in secure contexts.
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isMessage(event.data) && event.data.id !== id) onOtherTabPlaying();
  };
  return {
    claim: () => channel.postMessage({ type: 'playing', id } satisfies Message),
    close: () => channel.close(),
  };
}
