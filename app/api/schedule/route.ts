import { cacheLife } from 'next/cache';
import { DEPLOY_LIFETIME } from '@/lib/cache/live-tags';
import { otherMethodsNotAllowed } from '@/lib/http/method-not-allowed';
import { LONDON } from '@/lib/time/london';
import { schedule } from '@/lib/schedule/load';

// The schedule changes with a deploy: made once per process and hour, and caches may keep it for
// an hour, not the year a prerendered route was sent.
export async function GET() {
  return Response.json(await scheduleDocument(), {
    headers: { 'Cache-Control': DEPLOY_LIFETIME },
  });
}

async function scheduleDocument() {
  'use cache';
  cacheLife('hours');
  return { timeZone: LONDON, ...schedule };
}

export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed('GET, HEAD');
