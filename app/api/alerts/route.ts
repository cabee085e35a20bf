import { connection } from 'next/server';
import { handleCreateAlert, handleListAlerts } from '@/lib/alerts/handlers';
import { otherMethodsNotAllowed } from '@/lib/http/method-not-allowed';
import { stationRequestDeps } from '@/lib/server/runtime';
import { getAlertService, whenNowPlayingReady } from '@/lib/server/runtime';

export async function GET() {
  // Read from the store per request: without this, the build would prerender a snapshot.
  await connection();
  await whenNowPlayingReady();
  return handleListAlerts({ alerts: getAlertService() });
}

export function POST(request: Request) {
  return handleCreateAlert(request, { ...stationRequestDeps(), alerts: getAlertService() });
}

export const { PUT, PATCH, DELETE } = otherMethodsNotAllowed('GET, HEAD, POST');
