import 'server-only';
import {
  readJsonBody,
  refuseStationRequest,
  reply,
  type StationRequestDeps,
} from '@/lib/http/station-request';
import { checkAlert } from './check-alert';
import type { AlertService } from './service';

/**
 * `POST /api/alerts` and `DELETE /api/alerts/:id`: the same token, limits, content type and
 * error rules as the now-playing ingest (lib/http/station-request.ts), then
 *   POST:   400 naming the field; 201 with the alert
 *   DELETE: 404 when no live alert has that id; 200 when removed
 * `GET /api/alerts` lists the live ones (public: they are on every page anyway).
 */
const MAX_ALERT_BODY_BYTES = 8 * 1024;

export type AlertHandlerDeps = StationRequestDeps & { alerts: AlertService; now?: () => Date };

export async function handleCreateAlert(request: Request, deps: AlertHandlerDeps) {
  const refusal = refuseStationRequest(request, deps);
  if (refusal) return refusal;
  const body = await readJsonBody(request, MAX_ALERT_BODY_BYTES);
  if (!body.ok) return body.response;
  const checked = checkAlert(body.json, deps.now?.() ?? new Date());
  if (!checked.ok) {
    return reply(400, { error: 'Invalid alert', field: checked.field, message: checked.message });
  }
  return reply(201, { alert: deps.alerts.create(checked.alert) });
}

export function handleDeleteAlert(request: Request, id: string, deps: AlertHandlerDeps) {
  const refusal = refuseStationRequest(request, deps);
  if (refusal) return refusal;
  const number = /^[1-9]\d{0,15}$/.test(id) ? Number(id) : NaN;
  if (!Number.isSafeInteger(number) || !deps.alerts.remove(number)) {
    return reply(404, { error: 'No live alert with that id' });
  }
  return reply(200, { deleted: true, alerts: deps.alerts.live() });
}

export function handleListAlerts(deps: Pick<AlertHandlerDeps, 'alerts'>) {
  return reply(200, { alerts: deps.alerts.live() });
}
