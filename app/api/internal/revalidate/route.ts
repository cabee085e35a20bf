import { handleInternalRevalidate } from '@/lib/cache/internal-revalidate';
import { otherMethodsNotAllowed } from '@/lib/http/method-not-allowed';

export function POST(request: Request) {
  return handleInternalRevalidate(request);
}

export const { PUT, PATCH, DELETE } = otherMethodsNotAllowed('POST');
