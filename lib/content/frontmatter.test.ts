import { describe, expect, it } from 'vitest';
import { FrontmatterError, parseFrontmatter } from './frontmatter';

const valid = {
  title: 'Volunteer training starts',
  standfirst: 'No experience needed.',
  publishedAt: '2026-09-14T10:30:00+01:00',
  byline: 'Oldham Reporter',
  section: 'Station',
  tags: ['Volunteering'],
};

const errorFor = (data: unknown) => {
  try {
    parseFrontmatter('content/articles/example.mdx', data);
  } catch (error) {
    return error as FrontmatterError;
  }
  throw new Error('expected the frontmatter to be rejected');
};

describe('parseFrontmatter', () => {
  it('accepts a complete article and defaults tags to none', () => {
    const { tags, ...withoutTags } = valid;
    expect(parseFrontmatter('a.mdx', valid).tags).toEqual(tags);
    expect(parseFrontmatter('a.mdx', withoutTags).tags).toEqual([]);
  });

  it('names the file and the field that is wrong', () => {
    const error = errorFor({ ...valid, publishedAt: '16 June 2025' });
    expect(error).toBeInstanceOf(FrontmatterError);
    expect(error.message).toContain('content/articles/example.mdx');
    expect(error.message).toContain('"publishedAt"');
  });

  it('requires an offset on dates, so a time is never ambiguous', () => {
    expect(errorFor({ ...valid, publishedAt: '2025-06-16T12:00:00' }).field).toBe('publishedAt');
    expect(errorFor({ ...valid, updatedAt: '2025-06-16' }).field).toBe('updatedAt');
  });

  it('rejects an update earlier than publication', () => {
    expect(errorFor({ ...valid, updatedAt: '2026-09-01T10:00:00+01:00' }).field).toBe('updatedAt');
  });

  it('needs a byline or a source', () => {
    const { byline: _byline, ...anonymous } = valid;
    expect(errorFor(anonymous).field).toBe('byline');
    expect(parseFrontmatter('a.mdx', { ...anonymous, source: 'GMP statement' }).source).toBe(
      'GMP statement',
    );
  });

  it('takes the shows a story is about by their schedule ids, and names an unknown one', () => {
    expect(parseFrontmatter('a.mdx', { ...valid, shows: ['late-night-love-songs'] }).shows).toEqual(
      ['late-night-love-songs'],
    );
    expect(parseFrontmatter('a.mdx', valid).shows).toEqual([]);
    const error = errorFor({ ...valid, shows: ['late-night-love-songs', 'late-nite-love'] });
    expect(error.field).toBe('shows.1');
    expect(error.message).toContain('"late-nite-love"');
    expect(error.message).toContain('content/schedule.json');
  });

  it('names nested image fields', () => {
    const image = { src: '/a.svg', alt: '', caption: 'c', credit: 'c', width: 10, height: 10 };
    expect(errorFor({ ...valid, image }).field).toBe('image.alt');
    expect(errorFor({ ...valid, image: { ...image, alt: 'a', src: 'a.svg' } }).field).toBe(
      'image.src',
    );
  });

  it('rejects unknown sections and unknown fields (a typo would otherwise be silently lost)', () => {
    expect(errorFor({ ...valid, section: 'Sport' }).field).toBe('section');
    expect(errorFor({ ...valid, standFirst: 'typo' }).message).toMatch(/standFirst/);
  });

  it('reports missing frontmatter as the first required field', () => {
    expect(errorFor({}).field).toBe('title');
  });
});
