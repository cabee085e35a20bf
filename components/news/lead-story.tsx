import { Picture } from '@/components/site/picture';
import { StorySummary } from '@/components/article/article-card';
import type { ArticleSummary } from '@/lib/content/articles';

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
        <StorySummary article={article} size="lead" headingLevel="h2" />
      </div>
    </article>
  );
}
