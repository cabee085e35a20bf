import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Checks the ingest token (NOW_PLAYING_TOKEN), sent either as `Authorization: Bearer <token>`
 * (playout software, scripts) or as HTTP Basic with the token as the password and any user name:
 * AzuraCast's "Generic Web Hook" can only send Basic (its form has a user name and a password,
 * and needs both), and no custom header.
 *
 * The comparison is constant-time: both sides are hashed first, so it runs over equal-length
 * digests and neither the token's length nor how much of it matched leaks through timing.
 * @see https://www.rfc-editor.org/rfc/rfc7617 (Basic)
 */
export function hasIngestToken(authorization: string | null, token: string): boolean {
  const given = presentedToken(authorization ?? '');
  // Compare something even when the header is missing or malformed, so every path costs the same.
  const equal = timingSafeEqual(digest(given ?? ''), digest(token));
  return equal && given !== undefined;
}

/** The token a header presents: Bearer's credentials, or Basic's password. */
function presentedToken(authorization: string): string | undefined {
  const match = /^(Bearer|Basic)[ \t]+(\S+)[ \t]*$/i.exec(authorization);
  if (!match) return undefined;
  const [, scheme = '', credentials = ''] = match;
  if (scheme.toLowerCase() === 'bearer') return credentials;
  const decoded = Buffer.from(credentials, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  // "user:password": the password may itself contain colons; an empty one is no token.
  return colon === -1 || colon === decoded.length - 1 ? undefined : decoded.slice(colon + 1);
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
