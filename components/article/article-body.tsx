import { MDXRemote } from 'next-mdx-remote/rsc';
import { Figure } from './figure';
import { Quote } from './quote';
import { SmartLink } from './smart-link';

// What editors can use in MDX besides Markdown. JavaScript expressions stay blocked
// (next-mdx-remote's default), so attribute values are plain strings: width="1200".
const components = { a: SmartLink, Figure, Quote };

/** Compiling MDX costs milliseconds of CPU: do it once per article and keep the result. */
export async function ArticleBody({ source }: { source: string }) {
  'use cache';
  return (
    <div className="prose prose-lg max-w-none font-serif text-ink prose-neutral prose-headings:font-sans prose-p:text-ink prose-a:text-brand prose-blockquote:border-none prose-blockquote:p-0 prose-blockquote:font-normal prose-blockquote:not-italic">
      <MDXRemote source={source} components={components} />
    </div>
  );
}
