/** Image types by file extension: for Media Session artwork and RSS enclosures. */
const TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  svg: 'image/svg+xml',
};

/** The image's MIME type from its path's extension ("image/svg+xml"), when it has a known one. */
export function imageType(src: string): string | undefined {
  const path = src.split(/[?#]/, 1)[0] ?? '';
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return ext ? TYPES[ext] : undefined;
}
