/**
 * Who sent a request, for rate limits and connection caps.
 *
 * `next start` passes no socket to route handlers, and fills X-Forwarded-For from the socket
 * only when the client sent none, so that header alone is whatever the client chose. The front
 * door (lib/server/front-door.ts) therefore writes the socket's peer address into
 * PEER_ADDRESS_HEADER on every request, replacing anything a client sent under that name.
 *
 * Behind `hops` reverse proxies that each append the address they saw to X-Forwarded-For, the
 * client is the entry `hops` places from the right of [...X-Forwarded-For, peer]; entries further
 * left were written by the client itself and are never trusted.
 * @see https://www.rfc-editor.org/rfc/rfc7239#section-8.1
 */
export const PEER_ADDRESS_HEADER = 'x-oldham-peer-address';

/** A key for the client, at most 64 characters; "unknown" when no front door stamped the peer. */
export function clientAddress(headers: Headers, hops: number): string {
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim();
  if (!peer) return 'unknown';
  if (hops <= 0) return peer.slice(0, 64);
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  // Fewer entries than proxies: the request skipped one of them; the leftmost is as far as we go.
  return (chain[Math.max(0, chain.length - 1 - hops)] ?? peer).slice(0, 64);
}
