import type { NextRequest } from 'next/server';
import { streamFallbackUrl, streamUrl } from '@/lib/config';
import { otherMethodsNotAllowed } from '@/lib/http/method-not-allowed';
import { connectionStamp, liveStreamUrl, readStreamQuality } from '@/lib/player/live-url';

const noStore = { 'Cache-Control': 'no-store' };

/**
 * `GET /listen`: the live stream, wherever the running server says it is (STREAM_URL, else
 * content/station.json); `GET /listen?quality=low`: the same programme at a low bitrate
 * (STREAM_FALLBACK_URL, else `streamFallbackUrl`), which the player moves to on a weak signal.
 * The player plays these addresses, and listeners can paste them into their own player; a new
 * setting takes effect on restart, with no rebuild.
 */
export function GET(request: NextRequest) {
  // Reading the request keeps this per request (Cache Components would prerender it otherwise).
  const { searchParams } = request.nextUrl;
  const stamp = connectionStamp(searchParams.get('t'));
  const quality = readStreamQuality(searchParams.get('quality'));
  if (!quality) {
    return Response.json(
      { error: 'quality must be "low", or left out for the main stream' },
      { status: 400, headers: noStore },
    );
  }
  const url = quality === 'low' ? streamFallbackUrl() : streamUrl();
  if (!url) {
    const error =
      quality === 'low' ? 'No low-bitrate stream is configured' : 'No live stream is configured';
    return Response.json({ error }, { status: quality === 'low' ? 404 : 503, headers: noStore });
  }
  return new Response(null, {
    status: 302,
    headers: { Location: stamp === undefined ? url : liveStreamUrl(url, stamp), ...noStore },
  });
}

export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed('GET, HEAD');
