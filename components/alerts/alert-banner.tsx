import { getLiveAlerts } from '@/lib/cache/live-data';
import { AlertBannerIsland } from './alert-banner.client';

/**
 * Station alerts at the top of every page: in the cached HTML as of the last change (a reader
 * without JavaScript sees them), then kept live by the island over the live channel.
 */
export async function AlertBanner() {
  return <AlertBannerIsland initial={await getLiveAlerts()} />;
}
