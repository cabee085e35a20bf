import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, mediaOriginsFor } from './content-security-policy';

const directives = (policy: string) =>
  new Map(
    policy.split('; ').map((directive) => {
      const [name, ...sources] = directive.split(' ');
      return [name, sources] as const;
    }),
  );

describe('contentSecurityPolicy', () => {
  it('runs our own and inline script elements and WebAssembly (the search), never inline handlers, eval or other origins', () => {
    const policy = directives(
      contentSecurityPolicy({ mediaOrigins: ['https://stream.example.org'] }),
    );
    for (const name of ['script-src', 'script-src-elem']) {
      expect(policy.get(name)).toEqual([
        "'self'",
        "'unsafe-inline'",
        "'report-sample'",
        "'wasm-unsafe-eval'",
      ]);
      expect(policy.get(name)).not.toContain("'unsafe-eval'");
    }
    expect(policy.get('script-src-attr')).toEqual(["'none'"]);
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

  it('has no nonce and no upgrade-insecure-requests (it would break an http stream)', () => {
    const policy = contentSecurityPolicy({ mediaOrigins: [] });
    expect(policy).not.toContain('nonce-');
    expect(policy).not.toContain('upgrade-insecure-requests');
  });

  it('loosens only what next dev needs', () => {
    const policy = directives(contentSecurityPolicy({ mediaOrigins: [], development: true }));
    expect(policy.get('script-src')).toContain("'unsafe-eval'");
    expect(policy.get('script-src-attr')).toEqual(["'none'"]);
  });
});

describe('mediaOriginsFor', () => {
  it('is empty without a stream, or with a URL that does not parse', () => {
    expect(mediaOriginsFor(null)).toEqual([]);
    expect(mediaOriginsFor('not a url')).toEqual([]);
  });

  it('allows the low-bitrate fallback’s origin too, each origin once', () => {
    expect(
      mediaOriginsFor('https://stream.example/live', 'https://relay.example:8443/live-low'),
    ).toEqual(['https://stream.example', 'https://relay.example:8443']);
    expect(
      mediaOriginsFor('https://stream.example/live', 'https://stream.example/live-low'),
    ).toEqual(['https://stream.example']);
    expect(mediaOriginsFor('https://stream.example/live', null)).toEqual([
      'https://stream.example',
    ]);
  });
});
