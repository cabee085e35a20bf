import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openNowPlayingStore } from './store';
import { cleanText, durationSchema, MAX_TEXT_LENGTH, trackInputSchema } from './track';

describe('cleanText', () => {
  it('repairs a lone surrogate, so what is stored is what was acknowledged', () => {
    expect(cleanText('Café \uD83D')).toBe('Café \uFFFD');
    expect(cleanText('\uDE00 Smile')).toBe('\uFFFD Smile');
    // A whole pair is one character and stays.
    expect(cleanText('Smile \uD83D\uDE00')).toBe('Smile 😀');
  });

  it('drops bidi controls and invisible format characters', () => {
    expect(cleanText('Evil\u202E Title')).toBe('Evil Title');
    expect(cleanText('\u2066Isolated\u2069')).toBe('Isolated');
    expect(cleanText('Zero\u200Bwidth\uFEFF')).toBe('Zerowidth');
    expect(cleanText('\u200B\u200B\u200B')).toBe('');
  });

  it('keeps joiners between visible characters: emoji sequences and scripts need them', () => {
    expect(cleanText('Family 👨\u200D👩\u200D👧')).toBe('Family 👨\u200D👩\u200D👧');
    expect(cleanText('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(cleanText('\u200DJoin\u200D')).toBe('Join');
  });

  it('turns line breaks into spaces and drops other controls', () => {
    expect(cleanText(' Artist\nTitle\u0007 ')).toBe('Artist Title');
  });

  it('always gives well-formed text with no format characters but inner joiners', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (raw) => {
        const clean = cleanText(raw);
        // encodeURIComponent throws on a lone surrogate: the text is well-formed.
        expect(() => encodeURIComponent(clean)).not.toThrow();
        expect(clean.replace(/[\u200C\u200D]/g, '')).not.toMatch(/\p{Cf}/u);
        expect(clean).toBe(clean.trim());
      }),
    );
  });
});

describe('trackInputSchema', () => {
  it('refuses text that is blank once cleaned', () => {
    const result = trackInputSchema.safeParse({ artist: '\u200B\u200B', title: 'Song' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['artist']);
  });

  it('holds the length cap on the cleaned text, the text that is stored', () => {
    const title = `${'\u200B'.repeat(50)}${'x'.repeat(MAX_TEXT_LENGTH)}`;
    expect(trackInputSchema.safeParse({ artist: 'A', title }).success).toBe(true);
    const tooLong = trackInputSchema.safeParse({ artist: 'A', title: 'x'.repeat(301) });
    expect(tooLong.success).toBe(false);
  });

  it('stores a title with a lone surrogate as the acknowledged text, not three U+FFFD', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'track-text-'));
    const store = openNowPlayingStore({ dir });
    try {
      const track = trackInputSchema.parse({ artist: 'A', title: `${'ab'.repeat(149)}\uD83D` });
      store.record(track, 'push', new Date());
      expect(store.current()?.title).toBe(track.title);
      expect(store.current()?.title).toHaveLength(MAX_TEXT_LENGTH - 1);
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('durationSchema', () => {
  it('takes seconds a track can last, not denormals or nonsense', () => {
    expect(durationSchema.safeParse(215).success).toBe(true);
    for (const value of [5e-324, 0, -1, 0.5, Infinity, NaN, 24 * 3600 + 1]) {
      expect(durationSchema.safeParse(value).success, String(value)).toBe(false);
    }
  });
});
