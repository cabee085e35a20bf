import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleLayout } from '@/components/article/article-layout';
import { Forecast } from '@/components/forecast/forecast';
import { articlePath, getAllArticles, getArticle, getMoreFrom } from '@/lib/content/articles';
import { PRERENDERED_STORIES } from '@/lib/content/paging';

export function generateStaticParams() {
  return getAllArticles()
    .slice(0, PRERENDERED_STORIES)
    .map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/news/[slug]'>): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  const url = articlePath(article.slug);
  return {
    title: article.title,
    description: article.standfirst,
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      url,
      title: article.title,
      description: article.standfirst,
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt ?? article.publishedAt,
      section: article.section,
      tags: article.tags,
    },
    twitter: { card: 'summary_large_image', title: article.title, description: article.standfirst },
  };
}

export default async function ArticlePage({ params }: PageProps<'/news/[slug]'>) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  return <ArticleLayout article={article} more={getMoreFrom(article, 4)} aside={<Forecast />} />;
}
