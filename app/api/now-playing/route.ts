import { connection } from 'next/server';
import { otherMethodsNotAllowed } from '@/lib/http/method-not-allowed';
import { getNowPlaying, postNowPlaying } from '@/lib/server/now-playing-handlers';

export async function GET() {
  // The store is read synchronously: without this, the build would prerender a snapshot.
  await connection();
  return getNowPlaying();
}

export function POST(request: Request) {
  return postNowPlaying(request);
}

export const { PUT, PATCH, DELETE } = otherMethodsNotAllowed('GET, HEAD, POST');
