import { LineIcon } from '@/components/line-icon';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ArticleBody } from './article-body';
import { Figure } from './figure';
import { JsonLd } from './json-ld';
import { MoreFrom } from './more-from';
import { DateTime } from '@/components/date-time';
import { ShowOnAirCard } from '@/components/shows/show-on-air-card';
import { articlePath, type Article, type ArticleSummary } from '@/lib/content/articles';
import { absoluteUrl } from '@/lib/config';
import { newsArticleJsonLd } from '@/lib/content/json-ld';
import { tagPath } from '@/lib/content/taxonomy';
import { SectionLink } from './section-link';
import { Share } from './share';

type Props = {
  article: Article;
  more: ArticleSummary[];
  /** Sidebar content on wide screens (the forecast), under the article on narrow ones. */
  aside?: ReactNode;
};

export function ArticleLayout({ article, more, aside }: Props) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 lg:grid lg:grid-cols-[minmax(0,1fr)_18rem] lg:gap-10">
      <article className="min-w-0">
        <JsonLd data={newsArticleJsonLd(article)} />
        <header>
          <SectionLink section={article.section} className="text-sm" />
          <h1 className="mt-2 font-serif text-[1.75rem] leading-tight font-bold text-balance sm:text-4xl lg:text-5xl">
            {article.title}
          </h1>
          <p className="mt-3 font-serif text-lg leading-snug text-muted sm:mt-4 sm:text-xl">
            {article.standfirst}
          </p>
          {/* A div in a dl may hold one name with its values, no more: the byline's div is a line
              of its own, the other three are laid out as if theirs were not there (contents), so
              they share one wrapping row.
              @see https://html.spec.whatwg.org/multipage/grouping-content.html#the-dl-element */}
          <dl className="mt-3 flex flex-wrap gap-x-1 border-y border-rule py-2 text-sm text-muted sm:mt-4 sm:py-3">
            <div className="mb-1 flex basis-full flex-wrap gap-x-1">
              <dt className="sr-only">By</dt>
              <dd className="font-semibold text-ink">{article.byline ?? article.source}</dd>
              {article.byline && article.source ? <dd>— source: {article.source}</dd> : null}
            </div>
            <div className="contents">
              {/* On a phone the date at the top of a story speaks for itself. */}
              <dt className="max-sm:sr-only">Published</dt>
              <dd>
                <DateTime value={article.publishedAt} format="dateline" />
              </dd>
            </div>
            {article.updatedAt ? (
              <div className="contents">
                <dt>· Updated</dt>
                <dd>
                  <DateTime value={article.updatedAt} format="dateline" />
                </dd>
              </div>
            ) : null}
            <div className="contents">
              <dt className="sr-only">Reading time</dt>
              {/* A clock, not a "·": on a phone this may wrap to a line of its own. */}
              <dd className="inline-flex items-center gap-1 whitespace-nowrap sm:ml-1.5">
                <LineIcon className="size-3.5" strokeWidth={1.8}>
                  <circle cx="10" cy="10" r="7.5" />
                  <path d="M10 5.5V10l3 2" />
                </LineIcon>
                {article.readingMinutes} min read
              </dd>
            </div>
          </dl>
        </header>
        {article.image ? <Figure {...article.image} preload /> : null}
        <ArticleBody source={article.body} />
        {article.shows.length > 0 ? (
          <div className="mt-8 grid gap-4 sm:grid-cols-2" data-print="hide">
            {article.shows.map((showId) => (
              <ShowOnAirCard key={showId} showId={showId} />
            ))}
          </div>
        ) : null}
        <Share url={absoluteUrl(articlePath(article.slug))} title={article.title} />
        {article.tags.length > 0 ? (
          <footer className="mt-8" data-print="hide">
            <h2 className="sr-only">Topics</h2>
            <ul className="flex flex-wrap gap-2">
              {article.tags.map((tag) => (
                <li key={tag}>
                  <Link
                    href={tagPath(tag)}
                    prefetch={false}
                    className="inline-flex min-h-11 items-center rounded-full border border-rule px-3 text-sm text-muted hover:border-brand hover:text-ink"
                  >
                    {tag}
                  </Link>
                </li>
              ))}
            </ul>
          </footer>
        ) : null}
        <MoreFrom articles={more} />
      </article>
      {aside ? (
        <aside className="mt-12 lg:mt-0" data-print="hide" aria-label="Around Oldham">
          {aside}
        </aside>
      ) : null}
    </div>
  );
}
