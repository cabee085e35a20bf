import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from './reading-time';

describe('reading time', () => {
  it('counts the words a reader sees, not markup', () => {
    expect(countWords('<Quote by="Someone">\n\n“We welcome the report.”\n\n</Quote>')).toBe(4);
    expect(countWords('Read the [schedule](/schedule) and **listen**.')).toBe(5);
    expect(countWords('## A heading\n\n- one\n- two')).toBe(4);
  });

  it('keeps hyphenated words whole', () => {
    expect(countWords('non-recent victim-centred')).toBe(2);
  });

  it('rounds to whole minutes and never says zero', () => {
    expect(readingMinutes('word')).toBe(1);
    expect(readingMinutes('word '.repeat(230 * 4))).toBe(4);
    expect(readingMinutes('word '.repeat(230 * 4 + 200))).toBe(5);
  });
});
