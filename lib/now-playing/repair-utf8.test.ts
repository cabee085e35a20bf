import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairUtf8ReadAsLatin1 as repair } from './repair-utf8';

/** What Icecast does to a UTF-8 title on a mount without <charset>UTF-8</charset>. */
const readAsLatin1 = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));

// Characters of each UTF-8 length alike (1 to 4 bytes), no lone surrogates: text, not noise.
const character = fc
  .oneof(
    fc.integer({ min: 0, max: 0x7f }),
    fc.integer({ min: 0x80, max: 0x7ff }),
    fc.integer({ min: 0x800, max: 0xffff }).filter((code) => code < 0xd800 || code > 0xdfff),
    fc.integer({ min: 0x10000, max: 0x10ffff }),
  )
  .map((code) => String.fromCodePoint(code));
const anyText = fc.string({ unit: character, maxLength: 20 });

describe('repairUtf8ReadAsLatin1', () => {
  it('repairs UTF-8 read as Latin-1', () => {
    expect(repair('Sigur RÃ³s')).toBe('Sigur Rós');
    expect(repair('BeyoncÃ©')).toBe('Beyoncé');
    // "í" is C3 AD: the soft hyphen that cleaning would drop.
    expect(repair('Sigur RÃ³s - HoppÃ\u00adpolla')).toBe('Sigur Rós - Hoppípolla');
    // 🎵 is F0 9F 8E B5: one letter and three C1 controls.
    expect(repair('ð\u009f\u008e\u00b5')).toBe('🎵');
    expect(repair('Halo ð\u009f\u008e\u00b5 Ã\u0089tÃ©')).toBe('Halo 🎵 Été');
  });

  it('leaves pure ASCII as it is', () => {
    expect(repair('')).toBe('');
    expect(repair('Elbow - Grounds for Divorce')).toBe('Elbow - Grounds for Divorce');
  });

  it('leaves genuine Latin-1 as it is: its bytes are not valid UTF-8', () => {
    expect(repair('Café')).toBe('Café');
    expect(repair('Motörhead - Ace of Spades')).toBe('Motörhead - Ace of Spades');
    expect(repair('Ã')).toBe('Ã'); // a lead byte with nothing after it
    expect(repair('Ã©t')).not.toBe('Ã©t'); // …but a whole sequence is repaired: "ét"
  });

  it('leaves text that merely looks suspicious, but is not valid UTF-8, as it is', () => {
    expect(repair('Ã(')).toBe('Ã('); // C3 28: a lead byte, then no continuation
    expect(repair('Â©Ã')).toBe('Â©Ã'); // valid, then cut short
    expect(repair('\u00a9 2026')).toBe('\u00a9 2026'); // a lone continuation byte
    expect(repair('\u00c0\u0080')).toBe('\u00c0\u0080'); // an overlong encoding of NUL
    expect(repair('í\u00a0\u0080\u0080')).toBe('í\u00a0\u0080\u0080'); // a UTF-16 surrogate
  });

  it('leaves text with characters above U+00FF as it is: it was decoded somewhere', () => {
    expect(repair('Sigur Rós – Hoppípolla')).toBe('Sigur Rós – Hoppípolla');
    expect(repair('RÃ³s 🎵')).toBe('RÃ³s 🎵');
    expect(repair('Ã³ ✓')).toBe('Ã³ ✓');
  });

  it('gives back any text beyond ASCII that was read as Latin-1', () => {
    fc.assert(
      fc.property(anyText, (original) => {
        fc.pre(/[^\u0000-\u007f]/.test(original));
        expect(repair(readAsLatin1(original))).toBe(original);
      }),
    );
  });

  it('never changes text that has a character above U+00FF, or none above ASCII', () => {
    fc.assert(
      fc.property(anyText, (given) => {
        fc.pre(/[^\u0000-\u00ff]/.test(given) || /^[\u0000-\u007f]*$/.test(given));
        expect(repair(given)).toBe(given);
      }),
    );
  });
});
