import { connection } from 'next/server';
import { getNowPlayingEvents } from '@/lib/now-playing/handlers';

export async function GET(request: Request) {
  // A streaming handler must wait for a real request, or the build would run it.
  await connection();
  return getNowPlayingEvents(request);
}
