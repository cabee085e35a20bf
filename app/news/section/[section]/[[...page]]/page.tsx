import type { Metadata } from 'next';
import { ListingPage, listingMetadata, listingParams } from '@/components/news/listing-route';

export function generateStaticParams() {
  return listingParams('section', 'section');
}

export async function generateMetadata({
  params,
}: PageProps<'/news/section/[section]/[[...page]]'>): Promise<Metadata> {
  const { section, page } = await params;
  return listingMetadata('section', section, page);
}

export default async function SectionPage({
  params,
}: PageProps<'/news/section/[section]/[[...page]]'>) {
  const { section, page } = await params;
  return <ListingPage kind="section" slug={section} page={page} />;
}
