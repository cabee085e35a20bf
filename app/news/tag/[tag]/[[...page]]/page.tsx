import type { Metadata } from 'next';
import { ListingPage, listingMetadata, listingParams } from '@/components/news/listing-route';

export function generateStaticParams() {
  return listingParams('tag', 'tag');
}

export async function generateMetadata({
  params,
}: PageProps<'/news/tag/[tag]/[[...page]]'>): Promise<Metadata> {
  const { tag, page } = await params;
  return listingMetadata('tag', tag, page);
}

export default async function TagPage({ params }: PageProps<'/news/tag/[tag]/[[...page]]'>) {
  const { tag, page } = await params;
  return <ListingPage kind="tag" slug={tag} page={page} />;
}
