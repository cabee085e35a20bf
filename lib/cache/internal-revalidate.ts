import 'server-only';
import { z } from 'zod';
import { isLiveTag } from './live-tags';
import { isRevalidationSecret, revalidateInThisRequest } from './revalidate-live';

const bodySchema = z.object({
  tags: z.array(z.string().refine(isLiveTag, 'unknown tag')).min(1).max(10),
  immediate: z.boolean().default(false),
});

/**
 * `POST /api/internal/revalidate`: this server's background work asking for its cached pages to
 * be regenerated (lib/cache/revalidate-live.ts). Only this process knows the secret; anyone else
 * gets a 404, as if the route were not there.
 */
export async function handleInternalRevalidate(request: Request): Promise<Response> {
  if (!isRevalidationSecret(request.headers.get('authorization'))) {
    return Response.json({ error: 'Not found' }, { status: 404 });
  }
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    return Response.json({ error: 'Invalid JSON' }, { status: 400 });
  }
  const body = bodySchema.safeParse(json);
  if (!body.success) return Response.json({ error: 'Invalid body' }, { status: 400 });
  revalidateInThisRequest(body.data.tags.filter(isLiveTag), body.data);
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}
