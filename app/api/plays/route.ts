import { connection } from 'next/server';
import { otherMethodsNotAllowed } from '@/lib/http/method-not-allowed';
import { getPlays } from '@/lib/server/now-playing-handlers';

export async function GET(request: Request) {
  // The store is read synchronously: without this, the build would prerender an answer.
  await connection();
  return getPlays(request);
}

export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed('GET, HEAD');
