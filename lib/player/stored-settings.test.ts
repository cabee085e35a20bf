import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VOLUME,
  parseVolumeSettings,
  serializeVolumeSettings,
  wasListeningRecently,
} from './stored-settings';

describe('volume settings', () => {
  it('round-trips', () => {
    const settings = { volume: 0.35, muted: true };
    expect(parseVolumeSettings(serializeVolumeSettings(settings))).toEqual(settings);
  });

  it('falls back to the defaults on anything odd', () => {
    for (const raw of [null, '', 'nope', '[]', 'null', '42', '{"volume":"loud"}']) {
      expect(parseVolumeSettings(raw)).toEqual(DEFAULT_VOLUME);
    }
    expect(parseVolumeSettings('{"volume":7,"muted":"yes"}')).toEqual({ volume: 1, muted: false });
    expect(parseVolumeSettings('{"volume":-1,"muted":true}')).toEqual({ volume: 0, muted: true });
  });

  it('always yields a volume in [0, 1] whatever is stored (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const { volume, muted } = parseVolumeSettings(raw);
        expect(volume).toBeGreaterThanOrEqual(0);
        expect(volume).toBeLessThanOrEqual(1);
        expect(typeof muted).toBe('boolean');
      }),
    );
  });
});

describe('wasListeningRecently', () => {
  const now = 1_800_000_000_000;
  it('offers Resume within 30 minutes of listening', () => {
    expect(wasListeningRecently(String(now - 60_000), now)).toBe(true);
    expect(wasListeningRecently(String(now - 30 * 60_000), now)).toBe(true);
    expect(wasListeningRecently(String(now - 30 * 60_000 - 1), now)).toBe(false);
  });

  it('ignores marks that are missing, malformed or from the future', () => {
    for (const raw of [null, '', 'yesterday', '1e12', '-5', String(now + 1000)]) {
      expect(wasListeningRecently(raw, now)).toBe(false);
    }
  });
});
