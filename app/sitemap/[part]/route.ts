import { otherMethodsNotAllowed } from '@/lib/http/method-not-allowed';
import { sitemapResponse } from '@/lib/routing/sitemap-response';
import { sitemapPart } from '@/lib/content/sitemap';

/** `/sitemap/<n>.xml`: part n of a sitemap split at 50,000 URLs (lib/content/sitemap.ts). */
export async function GET(_request: Request, { params }: RouteContext<'/sitemap/[part]'>) {
  const n = /^[1-9]\d{0,4}\.xml$/.test((await params).part) ? parseInt((await params).part) : NaN;
  return sitemapResponse((entries, siteUrl) => sitemapPart(entries, siteUrl, n));
}

export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed('GET, HEAD');
