import 'server-only';
import { statSync } from 'node:fs';
import path from 'node:path';

/** The size in bytes of a file served from public/, by its URL path; null when there is none. */
export type PublicFileSize = (urlPath: string) => number | null;

/**
 * Sizes of the files under `dir`, each read once per process: public/ changes only with a
 * deploy, so a feed made anew every hour reads none again. A path that names no file there (a
 * page, a route's generated image, a way out of the folder) is null.
 */
export function publicFileSizes(dir: string): PublicFileSize {
  const root = path.resolve(dir);
  const sizes = new Map<string, number | null>();
  return (urlPath) => {
    if (!sizes.has(urlPath)) sizes.set(urlPath, readSize(root, urlPath));
    return sizes.get(urlPath)!;
  };
}

function readSize(root: string, urlPath: string): number | null {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  } catch {
    return null;
  }
  const file = path.join(root, relative);
  if (!file.startsWith(root + path.sep)) return null;
  try {
    const stats = statSync(file);
    return stats.isFile() ? stats.size : null;
  } catch {
    return null;
  }
}

/** The site's own public/ folder. */
export const publicFileSize: PublicFileSize = publicFileSizes(
  path.join(/*turbopackIgnore: true*/ process.cwd(), 'public'),
);
