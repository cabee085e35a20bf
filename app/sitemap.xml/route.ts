import { otherMethodsNotAllowed } from '@/lib/http/method-not-allowed';
import { sitemapResponse } from '@/lib/routing/sitemap-response';
import { sitemapRoot } from '@/lib/content/sitemap';

/** `/sitemap.xml`: every page, or past 50,000 of them the index of `/sitemap/<n>.xml`. */
export async function GET() {
  return sitemapResponse(sitemapRoot);
}

export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed('GET, HEAD');
