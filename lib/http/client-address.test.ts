import { describe, expect, it } from 'vitest';
import { clientAddress, PEER_ADDRESS_HEADER } from './client-address';

const headers = (values: Record<string, string>) => new Headers(values);

describe('clientAddress', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    const spoofed = headers({
      [PEER_ADDRESS_HEADER]: '203.0.113.9',
      'x-forwarded-for': '10.0.0.7',
    });
    expect(clientAddress(spoofed, 0)).toBe('203.0.113.9');
  });

  it('takes the address the nearest trusted proxy saw', () => {
    // nginx on 127.0.0.1 appended the client it saw (198.51.100.4); the first entry is the client's own.
    const viaNginx = headers({
      [PEER_ADDRESS_HEADER]: '127.0.0.1',
      'x-forwarded-for': '10.0.0.7, 198.51.100.4',
    });
    expect(clientAddress(viaNginx, 1)).toBe('198.51.100.4');
    expect(clientAddress(viaNginx, 2)).toBe('10.0.0.7');
  });

  it('never walks past the start of the chain', () => {
    const direct = headers({ [PEER_ADDRESS_HEADER]: '198.51.100.4' });
    expect(clientAddress(direct, 1)).toBe('198.51.100.4');
    expect(clientAddress(direct, 3)).toBe('198.51.100.4');
  });

  it('is "unknown" without the front door, rather than trusting the client', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': '10.0.0.7' }), 0)).toBe('unknown');
  });

  it('bounds the key', () => {
    const long = headers({ [PEER_ADDRESS_HEADER]: 'x'.repeat(500) });
    expect(clientAddress(long, 0)).toHaveLength(64);
  });
});
