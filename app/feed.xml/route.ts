import { cacheLife } from 'next/cache';
import { buildNewsFeed } from '@/lib/content/feed';
import { DEPLOY_LIFETIME } from '@/lib/cache/live-tags';
import { otherMethodsNotAllowed } from '@/lib/http/method-not-allowed';

/**
 * The news as RSS, made once per process and hour. It changes only when the site is deployed, so
 * caches may keep it for an hour (not the year it was sent as a prerendered route): a story
 * published with a deploy reaches feed readers within the hour even through a cache that the
 * deploy did not purge.
 */
export async function GET() {
  return new Response(await feedXml(), {
    headers: {
      'Content-Type': 'application/rss+xml; charset=utf-8',
      'Cache-Control': DEPLOY_LIFETIME,
    },
  });
}

async function feedXml() {
  'use cache';
  cacheLife('hours');
  return buildNewsFeed();
}

export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed('GET, HEAD');
