import { connection } from 'next/server';
import { otherMethodsNotAllowed } from '@/lib/http/method-not-allowed';
import { getNowPlayingEvents, headNowPlayingEvents } from '@/lib/server/now-playing-handlers';

export async function GET(request: Request) {
  // A streaming handler must wait for a real request, or the build would run it.
  await connection();
  return getNowPlayingEvents(request);
}

export async function HEAD(request: Request) {
  await connection();
  return headNowPlayingEvents(request);
}

export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed('GET, HEAD');
