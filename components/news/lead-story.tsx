import { Picture } from '@/components/site/picture';
import Link from 'next/link';
import { SectionLink } from '@/components/article/section-link';
import { DateTime } from '@/components/date-time';
import { articlePath, type ArticleSummary } from '@/lib/content/articles';

/** The home page's top story: the largest headline, its picture and standfirst. */
export function LeadStory({ article }: { article: ArticleSummary }) {
  return (
    <article className="grid gap-4 md:grid-cols-[3fr_2fr] md:items-start">
      {article.image ? (
        <Picture
          src={article.image.src}
          alt={article.image.alt}
          width={article.image.width}
          height={article.image.height}
          preload
          sizes="(min-width: 768px) 60vw, 100vw"
          className="h-auto w-full bg-wash"
        />
      ) : null}
      <div className={article.image ? '' : 'md:col-span-2'}>
        <SectionLink section={article.section} className="text-sm" />
        <h2 className="mt-1 font-serif text-3xl leading-tight font-bold sm:text-4xl">
          <Link href={articlePath(article.slug)} className="hover:underline">
            {article.title}
          </Link>
        </h2>
        <p className="mt-3 font-serif text-lg text-muted">{article.standfirst}</p>
        <p className="mt-3 text-sm text-muted">
          <DateTime value={article.publishedAt} />
        </p>
      </div>
    </article>
  );
}
