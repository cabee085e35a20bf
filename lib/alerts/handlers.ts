import 'server-only';
import {
  readJsonBody,
  refuseStationRequest,
  reply,
  unlessStoreUnavailable,
  type StationRequestDeps,
} from '@/lib/http/station-request';
import type { RateLimiter } from '@/lib/http/rate-limit';
import { thenMaybe, type MaybeAsync } from '@/lib/storage/maybe-async';
import { checkAlert } from './check-alert';
import type { AlertService } from './service';
import type { LocalAlertStore } from './store';

/**
 * `POST /api/alerts` and `DELETE /api/alerts/:id`: the same token, limits, content type and
 * error rules as the now-playing ingest (lib/http/station-request.ts), then
 *   POST:   400 naming the field; 409 when MAX_LIVE_ALERTS are live already; 201 with the alert
 *   DELETE: 404 when no live alert has that id; 200 when removed
 *   both:   503 with Retry-After while the shared store (Redis) cannot be reached
 * `GET /api/alerts` lists the live ones (public: they are on every page anyway).
 */
const MAX_ALERT_BODY_BYTES = 8 * 1024;
/**
 * Live alerts at once. Every page carries them and every new stream starts with them: with 118,
 * a page weighed 586 kB and each stream began with 245 kB. A newsroom takes one down first.
 */
export const MAX_LIVE_ALERTS = 5;

/** With Redis: a shared limiter and alerts, whose answers come later. */
export type SharedAlertHandlerDeps = StationRequestDeps & {
  alerts: AlertService;
  now?: () => Date;
};
/** With SQLite: this process's limiter and alerts, which answer at once. */
export type AlertHandlerDeps = SharedAlertHandlerDeps & {
  limiter: RateLimiter;
  alerts: AlertService<LocalAlertStore>;
};
type DeleteAnswer<Deps> = Deps extends AlertHandlerDeps ? Response : MaybeAsync<Response>;

export async function handleCreateAlert(request: Request, deps: SharedAlertHandlerDeps) {
  const refusal = await refuseStationRequest(request, deps);
  if (refusal) return refusal;
  const body = await readJsonBody(request, MAX_ALERT_BODY_BYTES);
  if (!body.ok) return body.response;
  const checked = checkAlert(body.json, deps.now?.() ?? new Date());
  if (!checked.ok) {
    return reply(400, { error: 'Invalid alert', field: checked.field, message: checked.message });
  }
  const input = checked.alert;
  if (deps.alerts.live().length >= MAX_LIVE_ALERTS) {
    return reply(409, {
      error: `${MAX_LIVE_ALERTS} alerts are live already: delete one (DELETE /api/alerts/:id) first`,
    });
  }
  return unlessStoreUnavailable(async () => reply(201, { alert: await deps.alerts.create(input) }));
}

// With SQLite this answers at once (a Response, not a Promise), as it always has.
export function handleDeleteAlert<Deps extends SharedAlertHandlerDeps>(
  request: Request,
  id: string,
  deps: Deps,
): DeleteAnswer<Deps> {
  const answer = thenMaybe(refuseStationRequest(request, deps), (refusal) => {
    if (refusal) return refusal;
    const number = /^[1-9]\d{0,15}$/.test(id) ? Number(id) : NaN;
    const notLive = () => reply(404, { error: 'No live alert with that id' });
    if (!Number.isSafeInteger(number)) return notLive();
    return unlessStoreUnavailable(() =>
      thenMaybe(deps.alerts.remove(number), (removed) =>
        removed ? reply(200, { deleted: true, alerts: deps.alerts.live() }) : notLive(),
      ),
    );
  });
  return answer as DeleteAnswer<Deps>;
}

export function handleListAlerts(deps: Pick<SharedAlertHandlerDeps, 'alerts'>) {
  return reply(200, { alerts: deps.alerts.live() });
}
