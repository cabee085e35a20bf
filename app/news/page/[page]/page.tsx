import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NewsIndex } from '@/components/news/news-index';
import { getNewsPage } from '@/lib/content/articles';
import { PRERENDERED_LISTING_PAGES } from '@/lib/content/paging';

export function generateStaticParams() {
  const { pageCount } = getNewsPage(1)!;
  const prerendered = Math.min(pageCount, PRERENDERED_LISTING_PAGES);
  return Array.from({ length: prerendered - 1 }, (_, i) => ({ page: String(i + 2) }));
}

const pageNumber = (param: string) => (/^[1-9]\d{0,4}$/.test(param) ? Number(param) : NaN);

export async function generateMetadata({
  params,
}: PageProps<'/news/page/[page]'>): Promise<Metadata> {
  const { page } = await params;
  return { title: `News, page ${page}`, alternates: { canonical: `/news/page/${page}` } };
}

export default async function NewsPageN({ params }: PageProps<'/news/page/[page]'>) {
  // Page 1 is /news, and unknown pages never get here (the front door, lib/routing/site-paths.ts).
  const result = getNewsPage(pageNumber((await params).page));
  if (!result) notFound();
  return <NewsIndex {...result} />;
}
