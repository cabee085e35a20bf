import { describe, expect, it } from 'vitest';
import { readEnv as readProcessEnv } from './config';

const readEnv = (env: Record<string, string>) =>
  readProcessEnv({ NODE_ENV: 'test', ...env } as NodeJS.ProcessEnv);

describe('the settings for several instances', () => {
  it('takes a redis:// or rediss:// REDIS_URL, and nothing else', () => {
    expect(readEnv({ REDIS_URL: 'redis://127.0.0.1:6379/2' }).REDIS_URL).toBe(
      'redis://127.0.0.1:6379/2',
    );
    expect(readEnv({ REDIS_URL: 'rediss://:secret@redis.example:6380' }).REDIS_URL).toBe(
      'rediss://:secret@redis.example:6380',
    );
    expect(readEnv({ REDIS_URL: ' ' }).REDIS_URL).toBeUndefined();
    expect(() => readEnv({ REDIS_URL: 'http://redis.example' })).toThrow(/REDIS_URL/);
  });

  it('takes TRUSTED_PROXIES as addresses and ranges, naming an entry that is neither', () => {
    expect(readEnv({ TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8' }).TRUSTED_PROXIES).toBe(
      '127.0.0.1, 10.0.0.0/8',
    );
    expect(() => readEnv({ TRUSTED_PROXIES: '127.0.0.1, nginx' })).toThrow(
      /TRUSTED_PROXIES.*"nginx" is not an IP address/,
    );
  });

  it('refuses the old TRUSTED_PROXY_HOPS, saying what replaced it', () => {
    expect(() => readEnv({ TRUSTED_PROXY_HOPS: '1' })).toThrow(
      /TRUSTED_PROXY_HOPS.*replaced by TRUSTED_PROXIES/,
    );
  });

  it('serves the live channel beside Next only on a LIVE_PORT, on loopback unless told', () => {
    expect(readEnv({}).LIVE_PORT).toBeUndefined();
    expect(readEnv({}).LIVE_HOST).toBe('127.0.0.1');
    expect(readEnv({ LIVE_PORT: '3101', LIVE_HOST: '' })).toMatchObject({
      LIVE_PORT: 3101,
      LIVE_HOST: '127.0.0.1',
    });
    expect(() => readEnv({ LIVE_PORT: 'http' })).toThrow(/LIVE_PORT/);
  });
});

describe('the low-bitrate fallback', () => {
  it('takes a STREAM_FALLBACK_URL and a wait before going up of 5 s to a day, naming a bad one', () => {
    expect(
      readEnv({ STREAM_FALLBACK_URL: 'https://stream.example/live-low' }).STREAM_FALLBACK_URL,
    ).toBe('https://stream.example/live-low');
    expect(() => readEnv({ STREAM_FALLBACK_URL: 'live-low' })).toThrow(/STREAM_FALLBACK_URL/);
    expect(readEnv({ STREAM_FALLBACK_UP_AFTER_S: '20' }).STREAM_FALLBACK_UP_AFTER_S).toBe(20);
    expect(readEnv({ STREAM_FALLBACK_UP_AFTER_S: ' ' }).STREAM_FALLBACK_UP_AFTER_S).toBeUndefined();
    for (const bad of ['0', '2', '1.5', 'soon', '100000']) {
      expect(() => readEnv({ STREAM_FALLBACK_UP_AFTER_S: bad })).toThrow(
        /STREAM_FALLBACK_UP_AFTER_S/,
      );
    }
  });
});
