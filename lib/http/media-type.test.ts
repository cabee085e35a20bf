import { describe, expect, it } from 'vitest';
import { imageType } from './media-type';

describe('imageType', () => {
  it('reads the extension, ignoring queries', () => {
    expect(imageType('https://x.example/cover.JPG?size=300')).toBe('image/jpeg');
    expect(imageType('/a/b.webp#x')).toBe('image/webp');
    expect(imageType('https://x.example/cover')).toBeUndefined();
  });
});
