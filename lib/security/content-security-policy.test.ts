import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  createNonce,
  mediaOriginsFor,
  REACT_SHELL_TIME_SCRIPT_HASH,
} from './content-security-policy';

const directives = (policy: string) =>
  new Map(
    policy.split('; ').map((directive) => {
      const [name, ...sources] = directive.split(' ');
      return [name, sources] as const;
    }),
  );

describe('contentSecurityPolicy', () => {
  it('allows inline scripts only by nonce or hash, never unsafe-inline or eval', () => {
    const policy = directives(
      contentSecurityPolicy({ nonce: 'abc123', mediaOrigins: ['https://stream.example.org'] }),
    );
    expect(policy.get('script-src')).toEqual([
      "'self'",
      "'report-sample'",
      "'nonce-abc123'",
      REACT_SHELL_TIME_SCRIPT_HASH,
    ]);
    expect(policy.get('style-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'https:']);
  });

  it('lets the player stream from the stream’s origin', () => {
    const policy = directives(
      contentSecurityPolicy({ mediaOrigins: mediaOriginsFor('http://127.0.0.1:8000/live?x=1') }),
    );
    expect(policy.get('media-src')).toEqual(["'self'", 'http://127.0.0.1:8000']);
  });

  it('has no nonce source when there is no nonce, and no upgrade-insecure-requests', () => {
    const policy = contentSecurityPolicy({ mediaOrigins: [] });
    expect(policy).not.toContain('nonce-');
    expect(policy).not.toContain('upgrade-insecure-requests');
  });

  it('loosens only what next dev needs', () => {
    const policy = directives(contentSecurityPolicy({ mediaOrigins: [], development: true }));
    expect(policy.get('script-src')).toContain("'unsafe-eval'");
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
  });
});

describe('mediaOriginsFor', () => {
  it('is empty without a stream, or with a URL that does not parse', () => {
    expect(mediaOriginsFor(null)).toEqual([]);
    expect(mediaOriginsFor('not a url')).toEqual([]);
  });
});

describe('createNonce', () => {
  it('is 128 bits of base64, different every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('REACT_SHELL_TIME_SCRIPT_HASH', () => {
  // Both React channels Next.js ships: Cache Components renders with the experimental one.
  it.each(['react-dom', 'react-dom-experimental'])(
    'is the SHA-256 of the inline script %s writes into a static shell',
    (channel) => {
      const file = createRequire(import.meta.url).resolve(
        `next/dist/compiled/${channel}/cjs/react-dom-server.node.production.js`,
      );
      const match = /shellTimeRuntimeScript = stringToPrecomputedChunk\(\s*"([^"]+)"/.exec(
        readFileSync(file, 'utf8'),
      );
      expect(match?.[1]).toBeDefined();
      const hash = createHash('sha256').update(match![1]!).digest('base64');
      expect(REACT_SHELL_TIME_SCRIPT_HASH).toBe(`'sha256-${hash}'`);
    },
  );
});
