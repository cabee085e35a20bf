import Link from 'next/link';
import { ArticleCardList } from '@/components/article/article-card';
import type { ArticleSummary } from '@/lib/content/articles';
import { listingPagePath } from '@/lib/content/taxonomy';

type Props = {
  articles: ArticleSummary[];
  page: number;
  pageCount: number;
  /** The heading: "News", a section's name, or "Stories tagged …". */
  title?: string;
  /** Page 1's address; page n is `${basePath}/page/n`. */
  basePath?: string;
};

/** A list of stories, newest first, paged: the news index, a section, a tag. */
export function NewsIndex({
  articles,
  page,
  pageCount,
  title = 'News',
  basePath = '/news',
}: Props) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="font-serif text-4xl font-bold">
        {title}
        {pageCount > 1 ? (
          <span className="sr-only">
            , page {page} of {pageCount}
          </span>
        ) : null}
      </h1>
      <ArticleCardList
        articles={articles}
        headingLevel="h2"
        className="mt-6 gap-8 sm:grid-cols-2 lg:grid-cols-3"
      />
      {pageCount > 1 ? (
        <nav aria-label={`${title} pages`} className="mt-10" data-print="hide">
          <ul className="flex flex-wrap items-center gap-2">
            {Array.from({ length: pageCount }, (_, i) => i + 1).map((n) => (
              <li key={n}>
                <Link
                  href={listingPagePath(basePath, n)}
                  aria-current={n === page ? 'page' : undefined}
                  className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-sm border border-rule px-3 font-semibold hover:bg-wash aria-[current=page]:bg-brand aria-[current=page]:text-white"
                >
                  <span className="sr-only">Page </span>
                  {n}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
