import 'server-only';
import { readEnv } from '@/lib/config';
import { hasIngestToken } from '@/lib/http/ingest-token';
import {
  describeRuntime,
  getListenerRegistry,
  getNowPlayingService,
  getStreamBurst,
} from './runtime';

/**
 * `GET /api/health`: `{ status: "ok" }` for a load balancer's check. With the ingest token
 * (`Authorization: Bearer $NOW_PLAYING_TOKEN`) it also says how many event streams are open and
 * how many bus subscribers this process holds, which must match: a gap is a leak; and the
 * stream's burst as last measured (lib/stream/burst.ts), which players use to know their delay;
 * where the station's state is kept (`store`: sqlite or redis, and with Redis whether it is
 * `up`), and whether this instance runs the Icecast/AzuraCast pollers (`polling`).
 */
export function getHealth(request: Request): Response {
  const headers = { 'Cache-Control': 'no-store' };
  const token = readEnv().NOW_PLAYING_TOKEN;
  if (!token || !hasIngestToken(request.headers.get('authorization'), token)) {
    return Response.json({ status: 'ok' }, { headers });
  }
  const service = getNowPlayingService();
  return Response.json(
    {
      status: 'ok',
      eventStreams: getListenerRegistry().count(),
      busSubscribers: service.bus.subscriberCount(),
      currentPlayId: service.current()?.id ?? null,
      stream: getStreamBurst(),
      ...describeRuntime(),
    },
    { headers },
  );
}
