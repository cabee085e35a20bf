import Link from 'next/link';
import { ArticleCard } from '@/components/article/article-card';
import type { ArticleSummary } from '@/lib/content/articles';

type Props = {
  articles: ArticleSummary[];
  page: number;
  pageCount: number;
};

const pageHref = (page: number) => (page === 1 ? '/news' : `/news/page/${page}`);

export function NewsIndex({ articles, page, pageCount }: Props) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="font-serif text-4xl font-bold">
        News
        {pageCount > 1 ? (
          <span className="sr-only">
            , page {page} of {pageCount}
          </span>
        ) : null}
      </h1>
      <ul className="mt-6 grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
        {articles.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} headingLevel="h2" />
          </li>
        ))}
      </ul>
      {pageCount > 1 ? (
        <nav aria-label="News pages" className="mt-10" data-print="hide">
          <ul className="flex flex-wrap items-center gap-2">
            {Array.from({ length: pageCount }, (_, i) => i + 1).map((n) => (
              <li key={n}>
                <Link
                  href={pageHref(n)}
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
