import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publicFileSize, publicFileSizes } from './public-files';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('publicFileSize', () => {
  it('gives the byte size of a real file the site serves', () => {
    const file = path.join(process.cwd(), 'public/images/articles/noticeboard.svg');
    expect(publicFileSize('/images/articles/noticeboard.svg')).toBe(statSync(file).size);
    expect(publicFileSize('/images/articles/noticeboard.svg')).toBeGreaterThan(0);
  });

  it('gives null for a path that names no file there', () => {
    expect(
      publicFileSize('/news/gmp-welcomes-baroness-casey-recommendations/opengraph-image'),
    ).toBe(null);
    expect(publicFileSize('/images/articles')).toBeNull(); // a folder
    expect(publicFileSize('/../package.json')).toBeNull();
    expect(publicFileSize('/%2e%2e/package.json')).toBeNull();
    expect(publicFileSize('/%E0%A4%A')).toBeNull(); // not a URL path at all
  });
});

describe('publicFileSizes', () => {
  it('reads each file once: a second ask is answered from memory', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'public-files-'));
    mkdirSync(path.join(dir, 'images'));
    writeFileSync(path.join(dir, 'images', 'a b.svg'), 'x'.repeat(1234));
    const sizeOf = publicFileSizes(dir);
    expect(sizeOf('/images/a%20b.svg')).toBe(1234);
    expect(sizeOf('/images/a%20b.svg?v=2')).toBe(1234);
    writeFileSync(path.join(dir, 'images', 'a b.svg'), 'x');
    expect(sizeOf('/images/a%20b.svg')).toBe(1234);
    expect(publicFileSizes(dir)('/images/a%20b.svg')).toBe(1);
  });
});
