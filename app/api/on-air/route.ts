import type { NextRequest } from 'next/server';
import { otherMethodsNotAllowed } from '@/lib/http/method-not-allowed';
import { schedule } from '@/lib/schedule/load';
import { answerOnAir } from '@/lib/schedule/on-air-request';

export function GET(request: NextRequest) {
  // Reading the request comes first: it makes this handler run per request (Cache Components
  // would otherwise prerender it), so the clock below is read at request time, not build time.
  const { searchParams } = request.nextUrl;
  const { status, body } = answerOnAir(schedule, searchParams, new Date());
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed('GET, HEAD');
