import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Checks `Authorization: Bearer <token>` in constant time. Both sides are hashed first so the
 * comparison runs over equal-length digests and the token's length does not leak through timing.
 */
export function hasBearerToken(authorization: string | null, token: string): boolean {
  const match = /^Bearer[ \t]+(.+?)[ \t]*$/i.exec(authorization ?? '');
  // Compare something even when the header is missing, so both paths cost the same.
  const given = match?.[1] ?? '';
  const equal = timingSafeEqual(digest(given), digest(token));
  return equal && match !== null;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
