import { connection } from 'next/server';
import { otherMethodsNotAllowed } from '@/lib/http/method-not-allowed';
import { getArchive } from '@/lib/server/archive-handler';

// The station log (staff, with the ingest token): lib/server/archive-handler.ts.
export async function GET(request: Request) {
  await connection();
  return getArchive(request);
}

export async function HEAD(request: Request) {
  await connection();
  return getArchive(request, { head: true });
}

export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed('GET, HEAD');
