import type { ReactNode } from 'react';
import { ArticleBody } from './article-body';
import { Figure } from './figure';
import { JsonLd } from './json-ld';
import { MoreFrom } from './more-from';
import { DateTime } from '@/components/date-time';
import { ShowOnAirCard } from '@/components/shows/show-on-air-card';
import type { Article, ArticleSummary } from '@/lib/content/articles';
import { newsArticleJsonLd } from '@/lib/content/json-ld';

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
          <p className="text-sm font-semibold tracking-wide text-live uppercase">
            {article.section}
          </p>
          <h1 className="mt-2 font-serif text-3xl leading-tight font-bold text-balance sm:text-4xl lg:text-5xl">
            {article.title}
          </h1>
          <p className="mt-4 font-serif text-xl leading-snug text-muted">{article.standfirst}</p>
          <dl className="mt-4 flex flex-col gap-1 border-y border-rule py-3 text-sm text-muted">
            <div className="flex flex-wrap gap-x-1">
              <dt className="sr-only">By</dt>
              <dd className="font-semibold text-ink">{article.byline ?? article.source}</dd>
              {article.byline && article.source ? <dd>— source: {article.source}</dd> : null}
            </div>
            <div className="flex flex-wrap gap-x-1">
              <dt>Published</dt>
              <dd>
                <DateTime value={article.publishedAt} format="dateline" />
              </dd>
            </div>
            {article.updatedAt ? (
              <div className="flex flex-wrap gap-x-1">
                <dt>Updated</dt>
                <dd>
                  <DateTime value={article.updatedAt} format="dateline" />
                </dd>
              </div>
            ) : null}
            <div className="flex flex-wrap gap-x-1">
              <dt className="sr-only">Reading time</dt>
              <dd>{article.readingMinutes} min read</dd>
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
        {article.tags.length > 0 ? (
          <footer className="mt-8" data-print="hide">
            <h2 className="sr-only">Topics</h2>
            <ul className="flex flex-wrap gap-2">
              {article.tags.map((tag) => (
                <li
                  key={tag}
                  className="rounded-full border border-rule px-3 py-1 text-sm text-muted"
                >
                  {tag}
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
