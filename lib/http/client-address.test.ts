import { describe, expect, it } from 'vitest';
import {
  clientAddress,
  NO_TRUSTED_PROXIES,
  parseTrustedProxies,
  PEER_ADDRESS_HEADER,
} from './client-address';

const headers = (values: Record<string, string>) => new Headers(values);
const nginx = parseTrustedProxies('127.0.0.1, 10.0.0.0/8, ::1');

describe('clientAddress', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    const spoofed = headers({
      [PEER_ADDRESS_HEADER]: '203.0.113.9',
      'x-forwarded-for': '10.0.0.7',
    });
    expect(clientAddress(spoofed, NO_TRUSTED_PROXIES)).toBe('203.0.113.9');
    // Trusted proxies elsewhere do not make this peer one.
    expect(clientAddress(spoofed, nginx)).toBe('203.0.113.9');
  });

  it('takes the address the nearest trusted proxy saw', () => {
    // nginx on 127.0.0.1 appended the client it saw (198.51.100.4); the first entry is the client's own.
    const viaNginx = headers({
      [PEER_ADDRESS_HEADER]: '127.0.0.1',
      'x-forwarded-for': '6.6.6.6, 198.51.100.4',
    });
    expect(clientAddress(viaNginx, nginx)).toBe('198.51.100.4');
  });

  it('walks past every trusted proxy in the chain, and no further', () => {
    // A CDN edge in 10/8, then nginx on loopback.
    const viaTwo = headers({
      [PEER_ADDRESS_HEADER]: '::ffff:127.0.0.1',
      'x-forwarded-for': '6.6.6.6, 198.51.100.4, 10.20.30.40',
    });
    expect(clientAddress(viaTwo, nginx)).toBe('198.51.100.4');
    const allTrusted = headers({ [PEER_ADDRESS_HEADER]: '::1', 'x-forwarded-for': '10.1.1.1' });
    expect(clientAddress(allTrusted, nginx)).toBe('10.1.1.1');
  });

  it('is "unknown" without the front door, rather than trusting the client', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': '10.0.0.7' }), nginx)).toBe('unknown');
  });

  it('bounds the key', () => {
    const long = headers({ [PEER_ADDRESS_HEADER]: 'x'.repeat(500) });
    expect(clientAddress(long, NO_TRUSTED_PROXIES)).toHaveLength(64);
  });
});

describe('parseTrustedProxies', () => {
  it('reads addresses and ranges of both families', () => {
    const trusted = parseTrustedProxies('192.168.1.10,172.16.0.0/12, fd00::/8');
    expect(trusted.has('192.168.1.10')).toBe(true);
    expect(trusted.has('::ffff:192.168.1.10')).toBe(true);
    expect(trusted.has('172.31.255.1')).toBe(true);
    expect(trusted.has('172.32.0.1')).toBe(false);
    expect(trusted.has('fd12::1')).toBe(true);
    expect(trusted.has('not an address')).toBe(false);
    expect(parseTrustedProxies('').has('127.0.0.1')).toBe(false);
  });

  it.each(['localhost', '10.0.0.0/33', '1.2.3.4/8/1', '::1/129', '10.0.0.0/x'])(
    'refuses %s, naming it',
    (entry) => expect(() => parseTrustedProxies(entry)).toThrow(entry),
  );
});
