import { describe, expect, it } from 'vitest';
import {
  connectionStamp,
  LISTEN_PATH,
  LISTEN_PATHS,
  liveStreamUrl,
  readStreamQuality,
} from './live-url';

describe('liveStreamUrl', () => {
  it('adds a fresh query to the mount', () => {
    expect(liveStreamUrl('http://127.0.0.1:8801/live', 42)).toBe('http://127.0.0.1:8801/live?t=42');
  });

  it('keeps the query the station needs, replacing only our own', () => {
    expect(liveStreamUrl('https://s.example/live.mp3?token=abc&t=1', 42)).toBe(
      'https://s.example/live.mp3?token=abc&t=42',
    );
  });

  it('gives a different URL for each connection', () => {
    expect(liveStreamUrl('https://s.example/live', 1)).not.toBe(
      liveStreamUrl('https://s.example/live', 2),
    );
  });

  it('stays a path for our own /listen', () => {
    expect(liveStreamUrl(LISTEN_PATH, 42)).toBe('/listen?t=42');
    expect(liveStreamUrl(LISTEN_PATHS.low, 42)).toBe('/listen?quality=low&t=42');
  });
});

describe('connectionStamp', () => {
  it('reads the player’s stamp and nothing else', () => {
    expect(connectionStamp('1764510000000')).toBe(1764510000000);
    for (const value of [null, '', '-1', '1e9', 'abc', '1'.repeat(20)]) {
      expect(connectionStamp(value)).toBeUndefined();
    }
  });
});

describe('readStreamQuality', () => {
  it('is the main stream unless the low one is asked for, and refuses anything else', () => {
    expect(readStreamQuality(null)).toBe('main');
    expect(readStreamQuality('main')).toBe('main');
    expect(readStreamQuality('low')).toBe('low');
    for (const value of ['', 'LOW', 'high', 'low '])
      expect(readStreamQuality(value)).toBeUndefined();
  });
});
