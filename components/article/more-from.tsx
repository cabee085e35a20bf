import { ArticleCardList } from './article-card';
import type { ArticleSummary } from '@/lib/content/articles';
import { station } from '@/lib/config';

/** The onward journey under every article. */
export function MoreFrom({ articles }: { articles: ArticleSummary[] }) {
  return (
    <section aria-labelledby="more-from-heading" className="mt-12" data-print="hide">
      <h2 id="more-from-heading" className="mb-4 text-2xl font-bold">
        More from {station.name}
      </h2>
      <ArticleCardList articles={articles} className="gap-6 sm:grid-cols-2" />
    </section>
  );
}
