import 'server-only';
import { readEnv } from '@/lib/config';
import { hasIngestToken } from '@/lib/http/ingest-token';
import { refuseOverLimit } from '@/lib/http/station-request';
import { describeArchive } from './archive-runtime';
import {
  describeRuntime,
  getListenerRegistry,
  getNowPlayingService,
  getStreamBursts,
  stationRequestDeps,
} from './runtime';

/**
 * `GET /api/health`: `{ status: "ok" }` for a load balancer's check. With the ingest token
 * (`Authorization: Bearer $NOW_PLAYING_TOKEN`) it also says how many event streams are open and
 * how many bus subscribers this process holds, which must match: a gap is a leak; and the
 * streams' bursts as last measured (lib/stream/burst.ts: `stream`, and `fallbackStream` for the
 * low-bitrate one), which players use to know their delay;
 * where the station's state is kept (`store`: sqlite or redis, and with Redis whether it is
 * `up`), whether this instance runs the Icecast/AzuraCast pollers (`polling`), and the station
 * log (`archive`: whether this instance records, since when there is a gap, bytes recorded today,
 * what is stored, and the disk cap's warning; lib/server/archive-runtime.ts).
 *
 * A request that sends credentials is counted against the ingest's rate limit first (429 past
 * it), so the endpoint cannot be used to guess the token; a check without them is not limited.
 */
export async function getHealth(request: Request): Promise<Response> {
  const headers = { 'Cache-Control': 'no-store' };
  const token = readEnv().NOW_PLAYING_TOKEN;
  const authorization = request.headers.get('authorization');
  if (!token || !authorization) return Response.json({ status: 'ok' }, { headers });
  const overLimit = await refuseOverLimit(request, stationRequestDeps());
  if (overLimit) return overLimit;
  if (!hasIngestToken(authorization, token)) return Response.json({ status: 'ok' }, { headers });
  const service = getNowPlayingService();
  return Response.json(
    {
      status: 'ok',
      eventStreams: getListenerRegistry().count(),
      busSubscribers: service.bus.subscriberCount(),
      currentPlayId: service.current()?.id ?? null,
      stream: getStreamBursts().main,
      fallbackStream: getStreamBursts().fallback,
      ...describeRuntime(),
      archive: describeArchive(),
    },
    { headers },
  );
}
