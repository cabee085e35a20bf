import { buildNewsFeed } from '@/lib/content/feed';

export function GET() {
  return new Response(buildNewsFeed(), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
