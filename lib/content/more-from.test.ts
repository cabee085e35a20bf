import { describe, expect, it } from 'vitest';
import { chooseMoreFrom } from './more-from';

const article = (slug: string, section: string, tags: string[], publishedAt: string) => ({
  slug,
  section,
  tags,
  publishedAt,
});

const current = article('current', 'News', ['Policing', 'Rochdale'], '2025-06-16T12:00:00+01:00');
const all = [
  current,
  article('old-same-section', 'News', [], '2024-01-01T00:00:00Z'),
  article('new-other', 'Community', [], '2026-11-20T09:30:00Z'),
  article('shared-tags', 'Community', ['Policing', 'Rochdale'], '2025-01-01T00:00:00Z'),
  article('same-section-and-tag', 'News', ['Policing'], '2023-01-01T00:00:00Z'),
  article('older-other', 'Station', [], '2026-01-01T00:00:00Z'),
];

describe('chooseMoreFrom', () => {
  it('never lists the article itself', () => {
    expect(chooseMoreFrom(current, all, 10).map((a) => a.slug)).not.toContain('current');
  });

  it('puts same section and shared tags first, then the newest', () => {
    expect(chooseMoreFrom(current, all, 5).map((a) => a.slug)).toEqual([
      'same-section-and-tag',
      // Two shared tags score as much as the same section: the newer of the two comes first.
      'shared-tags',
      'old-same-section',
      'new-other',
      'older-other',
    ]);
  });

  it('returns at most the number asked for', () => {
    expect(chooseMoreFrom(current, all, 2)).toHaveLength(2);
  });

  it('chooses the same list whatever order the articles come in', () => {
    const reversed = [...all].reverse();
    expect(chooseMoreFrom(current, reversed, 4)).toEqual(chooseMoreFrom(current, all, 4));
  });
});
