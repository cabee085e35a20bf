import localFont from 'next/font/local';

// Self-hosted from the fontsource packages: builds here have no font CDN, and readers' browsers
// then fetch fonts from our own origin only (one connection, no third party).
//
// None is preloaded, and each swaps in over a fallback face sized to its metrics (globals.css:
// Arial for the sans, Times New Roman for the serif faces, or their metric twins on Linux), so
// the first paint, and the story's largest text, waits for no font file, and when the face
// arrives the text keeps its place. Preloaded, the two faces put 99 kB on every page's critical
// path: a phone on slow 4G painted the story ~0.5 s later (docs/performance.md, "Page weight and
// speed"). next/font's own fallback face names only `local(Arial)`, which Linux lacks.
//
// next/font names each family after its constant here: named `serif` or `sans`, a face that had
// not arrived was stood in for by the system's generic serif or sans (fontconfig's DejaVu), not
// by the sized fallback, and the masthead took two lines until it came.
export const inter = localFont({
  src: [
    {
      path: '../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
      style: 'normal',
    },
  ],
  weight: '100 900',
  variable: '--font-inter',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  fallback: ['Inter Fallback'],
});

export const sourceSerif = localFont({
  src: [
    {
      path: '../../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
      style: 'normal',
    },
  ],
  weight: '200 900',
  variable: '--font-source-serif',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  fallback: ['Source Serif Fallback'],
});

/**
 * The italic face, a family of its own so that the roman's text does not wait for it: only <em>
 * in article bodies uses it (globals.css).
 */
export const sourceSerifItalic = localFont({
  src: [
    {
      path: '../../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2',
      style: 'italic',
    },
  ],
  weight: '200 900',
  variable: '--font-source-serif-italic',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  fallback: ['Source Serif Italic Fallback'],
});
