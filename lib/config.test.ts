import { describe, expect, it } from 'vitest';
import { archiveSettings, readEnv as readProcessEnv } from './config';

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

describe('the station log', () => {
  const stream = { STREAM_URL: 'http://127.0.0.1:8000/live' };
  it('records a production server’s stream unless ARCHIVE_RECORD=off, and nothing without one', () => {
    expect(archiveSettings({ ...stream, NODE_ENV: 'production' }).record).toBe(true);
    expect(
      archiveSettings({ ...stream, NODE_ENV: 'production', ARCHIVE_RECORD: 'off' }).record,
    ).toBe(false);
    expect(archiveSettings({ ...stream, NODE_ENV: 'development' }).record).toBe(false);
    expect(
      archiveSettings({ ...stream, NODE_ENV: 'development', ARCHIVE_RECORD: 'ON' }).record,
    ).toBe(true);
    expect(archiveSettings({ NODE_ENV: 'production', ARCHIVE_RECORD: 'on' }).record).toBe(false);
  });
  it('keeps 42 days with no cap unless told, and names a bad setting', () => {
    expect(archiveSettings({})).toMatchObject({ days: 42, maxBytes: null });
    expect(archiveSettings({ ARCHIVE_DAYS: '90', ARCHIVE_MAX_GB: '1.5' })).toMatchObject({
      days: 90,
      maxBytes: 1_500_000_000,
    });
    expect(() => archiveSettings({ ARCHIVE_DAYS: '0' })).toThrow(/ARCHIVE_DAYS/);
    expect(() => archiveSettings({ ARCHIVE_MAX_GB: '-1' })).toThrow(/ARCHIVE_MAX_GB/);
    expect(() => archiveSettings({ ARCHIVE_RECORD: 'yes' })).toThrow(/ARCHIVE_RECORD/);
  });
});
