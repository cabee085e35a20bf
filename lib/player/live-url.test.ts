import { describe, expect, it } from 'vitest';
import { liveStreamUrl } from './live-url';

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
});
