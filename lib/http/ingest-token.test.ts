import { describe, expect, it } from 'vitest';
import { hasIngestToken } from './ingest-token';

const token = 's3cret-token';
const basic = (userAndPassword: string) =>
  `Basic ${Buffer.from(userAndPassword, 'utf8').toString('base64')}`;

describe('hasIngestToken', () => {
  it('accepts the configured token as Bearer', () => {
    expect(hasIngestToken(`Bearer ${token}`, token)).toBe(true);
    expect(hasIngestToken(`bearer ${token}`, token)).toBe(true);
  });

  it('accepts it as the password of HTTP Basic, whatever the user name (AzuraCast’s web hook)', () => {
    expect(hasIngestToken(basic(`azuracast:${token}`), token)).toBe(true);
    expect(hasIngestToken(basic(`station:${token}`), token)).toBe(true);
    expect(hasIngestToken(basic(`:${token}`), token)).toBe(true);
    // A password containing a colon is still the whole password.
    expect(hasIngestToken(basic('user:a:b'), 'a:b')).toBe(true);
  });

  it('refuses a missing, empty, wrong or differently sized token', () => {
    expect(hasIngestToken(null, token)).toBe(false);
    expect(hasIngestToken('', token)).toBe(false);
    expect(hasIngestToken('Bearer ', token)).toBe(false);
    expect(hasIngestToken('Bearer s3cret-tokeN', token)).toBe(false);
    expect(hasIngestToken('Bearer s3cret', token)).toBe(false);
    expect(hasIngestToken(`Bearer ${token}x`, token)).toBe(false);
    expect(hasIngestToken(basic(`${token}:`), token)).toBe(false);
    expect(hasIngestToken(basic(token), token)).toBe(false);
    expect(hasIngestToken(basic('user:wrong'), token)).toBe(false);
    expect(hasIngestToken('Basic !!!', token)).toBe(false);
  });

  it('refuses other schemes and a bare token', () => {
    expect(hasIngestToken(`Token ${token}`, token)).toBe(false);
    expect(hasIngestToken(`Digest ${token}`, token)).toBe(false);
    expect(hasIngestToken(token, token)).toBe(false);
  });
});
