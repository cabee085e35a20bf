import { BlockList, isIP } from 'node:net';

/**
 * Who sent a request, for rate limits and connection caps.
 *
 * `next start` passes no socket to route handlers, and fills X-Forwarded-For from the socket
 * only when the client sent none, so that header alone is whatever the client chose. The front
 * door (lib/server/front-door.ts) therefore writes the socket's peer address into
 * PEER_ADDRESS_HEADER on every request, replacing anything a client sent under that name.
 *
 * X-Forwarded-For is believed only from the reverse proxies named in TRUSTED_PROXIES, by address:
 * walking [...X-Forwarded-For, peer] from the right, the client is the first address that is not
 * a trusted proxy. A request from anywhere else is keyed on its socket, whatever headers it sends
 * (a count of hops could not tell a proxy from a client that reached the port directly).
 * @see https://www.rfc-editor.org/rfc/rfc7239#section-8.1
 */
export const PEER_ADDRESS_HEADER = 'x-oldham-peer-address';

export type TrustedProxies = { has(address: string): boolean };

export const NO_TRUSTED_PROXIES: TrustedProxies = { has: () => false };

/** `::ffff:127.0.0.1`, as a dual-stack socket reports an IPv4 peer, is 127.0.0.1. */
const plain = (address: string) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');

/**
 * TRUSTED_PROXIES: comma-separated addresses or CIDR ranges, IPv4 or IPv6. Throws naming the
 * entry that is neither.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return NO_TRUSTED_PROXIES;
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', bits, extra] = entry.split('/');
    const family = isIP(plain(address));
    const prefix = bits === undefined ? undefined : Number(bits);
    const max = family === 6 ? 128 : 32;
    if (
      !family ||
      extra !== undefined ||
      (prefix !== undefined && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= max))
    ) {
      throw new Error(`"${entry}" is not an IP address or CIDR range`);
    }
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(plain(address), type);
    else list.addSubnet(plain(address), prefix, type);
  }
  return {
    has(address) {
      const bare = plain(address);
      const family = isIP(bare);
      return family !== 0 && list.check(bare, family === 6 ? 'ipv6' : 'ipv4');
    },
  };
}

/** A key for the client, at most 64 characters; "unknown" when no front door stamped the peer. */
export function clientAddress(headers: Headers, trusted: TrustedProxies): string {
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim();
  if (!peer) return 'unknown';
  const chain = [
    ...(headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
    peer,
  ];
  let at = chain.length - 1;
  while (at > 0 && trusted.has(chain[at]!)) at--;
  return plain(chain[at]!).slice(0, 64);
}
