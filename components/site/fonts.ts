import localFont from 'next/font/local';

// Self-hosted from the fontsource packages: builds here have no font CDN, and readers' browsers
// then fetch fonts from our own origin only (one connection, no third party).
//
// None is preloaded, and each swaps in over a fallback face sized to its metrics (next/font's
// `adjustFontFallback`: Arial for the sans, Times New Roman for the serif faces), so the first
// paint, and the story's largest text, waits for no font file; when the face arrives the text
// keeps its place. Preloaded, the two faces put 99 kB on every page's critical path: a phone on
// slow 4G painted the story ~0.5 s later (docs/performance.md, "Page weight and speed").
export const sans = localFont({
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
});

export const serif = localFont({
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
  adjustFontFallback: 'Times New Roman',
});

/**
 * The italic face, a family of its own so that the roman's text does not wait for it: only <em>
 * in article bodies uses it (globals.css).
 */
export const serifItalic = localFont({
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
  adjustFontFallback: 'Times New Roman',
});
