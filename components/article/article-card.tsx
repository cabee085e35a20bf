import Link from 'next/link';
import { DateTime } from '@/components/date-time';
import { SectionLink } from './section-link';
import { articlePath, type ArticleSummary } from '@/lib/content/articles';

type Props = {
  article: ArticleSummary;
  headingLevel?: 'h2' | 'h3';
};

const SIZES = {
  card: {
    section: 'text-xs',
    heading: 'mt-1 font-serif text-xl leading-snug font-bold',
    standfirst: 'mt-2 text-muted',
    date: 'mt-2 text-sm text-muted',
  },
  lead: {
    section: 'text-sm',
    heading: 'mt-1 font-serif text-3xl leading-tight font-bold sm:text-4xl',
    standfirst: 'mt-3 font-serif text-lg text-muted',
    date: 'mt-3 text-sm text-muted',
  },
} as const;

/** A story's words as lists show them: section, headline (the link), standfirst and date. */
export function StorySummary({
  article,
  size,
  headingLevel: Heading,
}: Required<Props> & { size: keyof typeof SIZES }) {
  const classes = SIZES[size];
  return (
    <>
      <SectionLink section={article.section} className={classes.section} />
      <Heading className={classes.heading}>
        <Link href={articlePath(article.slug)} className="hover:underline">
          {article.title}
        </Link>
      </Heading>
      <p className={classes.standfirst}>{article.standfirst}</p>
      <p className={classes.date}>
        <DateTime value={article.publishedAt} />
      </p>
    </>
  );
}

/** One story in a list of cards. */
export function ArticleCard({ article, headingLevel = 'h3' }: Props) {
  return (
    <article className="border-t-2 border-brand pt-3">
      <StorySummary article={article} size="card" headingLevel={headingLevel} />
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
