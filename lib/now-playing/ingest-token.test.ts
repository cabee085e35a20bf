import { describe, expect, it } from 'vitest';
import { hasBearerToken } from './bearer-token';

describe('hasBearerToken', () => {
  const token = 's3cret-token';

  it('accepts the configured token', () => {
    expect(hasBearerToken(`Bearer ${token}`, token)).toBe(true);
    expect(hasBearerToken(`bearer ${token}`, token)).toBe(true);
  });

  it('refuses a missing, empty, wrong or differently sized token', () => {
    expect(hasBearerToken(null, token)).toBe(false);
    expect(hasBearerToken('', token)).toBe(false);
    expect(hasBearerToken('Bearer ', token)).toBe(false);
    expect(hasBearerToken('Bearer s3cret-tokeN', token)).toBe(false);
    expect(hasBearerToken('Bearer s3cret', token)).toBe(false);
    expect(hasBearerToken(`Bearer ${token}x`, token)).toBe(false);
  });

  it('refuses other schemes', () => {
    expect(hasBearerToken(`Basic ${token}`, token)).toBe(false);
    expect(hasBearerToken(token, token)).toBe(false);
  });
});
