import { connection } from 'next/server';
import { getHealth } from '@/lib/server/health';
import { otherMethodsNotAllowed } from '@/lib/http/method-not-allowed';

export async function GET(request: Request) {
  await connection();
  return getHealth(request);
}

export const { POST, PUT, PATCH, DELETE } = otherMethodsNotAllowed('GET, HEAD');
