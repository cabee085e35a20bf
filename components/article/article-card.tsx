import Link from 'next/link';
import { DateTime } from '@/components/date-time';
import { SectionLink } from './section-link';
import { articlePath, type ArticleSummary } from '@/lib/content/articles';

type Props = {
  article: ArticleSummary;
  headingLevel?: 'h2' | 'h3';
};

/** One story in a list: headline (the link), standfirst and date. */
export function ArticleCard({ article, headingLevel: Heading = 'h3' }: Props) {
  return (
    <article className="border-t-2 border-brand pt-3">
      <SectionLink section={article.section} className="text-xs" />
      <Heading className="mt-1 font-serif text-xl leading-snug font-bold">
        <Link href={articlePath(article.slug)} className="hover:underline">
          {article.title}
        </Link>
      </Heading>
      <p className="mt-2 text-muted">{article.standfirst}</p>
      <p className="mt-2 text-sm text-muted">
        <DateTime value={article.publishedAt} />
      </p>
    </article>
  );
}

/** Stories as a list of cards, in columns from `sm` up; `className` sets gaps and columns. */
export function ArticleCardList({
  articles,
  headingLevel,
  className,
}: {
  articles: readonly ArticleSummary[];
  headingLevel?: Props['headingLevel'];
  className: string;
}) {
  return (
    <ul className={`grid ${className}`}>
      {articles.map((article) => (
        <li key={article.slug}>
          <ArticleCard article={article} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
