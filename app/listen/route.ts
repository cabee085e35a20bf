import type { NextRequest } from 'next/server';
import { streamUrl } from '@/lib/config';
import { otherMethodsNotAllowed } from '@/lib/http/method-not-allowed';
import { connectionStamp, liveStreamUrl } from '@/lib/player/live-url';

/**
 * `GET /listen`: the live stream, wherever the running server says it is (STREAM_URL, else
 * content/station.json). The player plays this address, and listeners can paste it into their
 * own player; a new STREAM_URL takes effect on restart, with no rebuild.
 */
export function GET(request: NextRequest) {
  // Reading the request keeps this per request (Cache Components would prerender it otherwise).
  const stamp = connectionStamp(request.nextUrl.searchParams.get('t'));
  const url = streamUrl();
  if (!url) {
    return Response.json(
      { error: 'No live stream is configured' },
      { status: 503, headers: { 'Cache-Control': 'no-store' } },
    );
  }
  return new Response(null, {
    status: 302,
    headers: {
      Location: stamp === undefined ? url : liveStreamUrl(url, stamp),
      'Cache-Control': 'no-store',
    },
  });
}

export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed('GET, HEAD');
