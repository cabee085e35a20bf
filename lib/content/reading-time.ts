/** Words a reader gets through in a minute of news prose; the figure most news sites use. */
const WORDS_PER_MINUTE = 230;

/** Counts the words a reader sees in an MDX body: markup, JSX tags and URLs are not read aloud. */
export function countWords(mdx: string): number {
  const text = mdx
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#>*_`[\]|]+/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes, never less than one. */
export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.round(countWords(mdx) / WORDS_PER_MINUTE));
}
