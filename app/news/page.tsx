import type { Metadata } from 'next';
import { NewsIndex } from '@/components/news/news-index';
import { getNewsPage } from '@/lib/content/articles';

export const metadata: Metadata = {
  title: 'News',
  description: 'All the latest from Oldham Reporter, newest first.',
  alternates: { canonical: '/news' },
};

export default function NewsPage() {
  // Page 1 always exists, even with no articles.
  const { articles, page, pageCount } = getNewsPage(1)!;
  return <NewsIndex articles={articles} page={page} pageCount={pageCount} />;
}
