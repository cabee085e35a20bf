import { handleDeleteAlert } from '@/lib/alerts/handlers';
import { otherMethodsNotAllowed } from '@/lib/http/method-not-allowed';
import { stationRequestDeps } from '@/lib/server/runtime';
import { getAlertService } from '@/lib/server/runtime';

export async function DELETE(request: Request, { params }: RouteContext<'/api/alerts/[id]'>) {
  const { id } = await params;
  return handleDeleteAlert(request, id, { ...stationRequestDeps(), alerts: getAlertService() });
}

export const { GET, POST, PUT, PATCH } = otherMethodsNotAllowed('DELETE');
