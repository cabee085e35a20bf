import localFont from 'next/font/local';

// Self-hosted from the fontsource packages: builds here have no font CDN, and readers' browsers
// then fetch fonts from our own origin only (one connection, no third party).
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
});

/**
 * The italic face, a family of its own so that it is not preloaded with the roman: only <em>
 * in article bodies uses it (globals.css), and preloading it put 50 kB on every page's critical
 * path (docs/performance.md).
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
});
