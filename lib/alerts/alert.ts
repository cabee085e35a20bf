/**
 * Station alerts: breaking local news, a severe weather warning, or a station notice (off air
 * for maintenance), shown at the top of every open page at once. This module is what pages and
 * the browser need; what the newsroom posts is checked in ./check-alert.ts.
 */
import { ALERT_KINDS } from '@/lib/live/events';

export { ALERT_KINDS };
export type AlertKind = (typeof ALERT_KINDS)[number];

/** An alert as stored and sent to pages. */
export type Alert = {
  id: number;
  kind: AlertKind;
  message: string;
  url?: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  expiresAt: string;
};

/** What a reader sees before the message, and hears announced. */
export const ALERT_LABELS: Record<AlertKind, string> = {
  breaking: 'Breaking news',
  weather: 'Weather warning',
  station: 'Station notice',
};

/**
 * How a new alert is announced to screen readers, once: a weather warning interrupts
 * (assertive), breaking news waits for a pause (polite), a station notice is only shown.
 */
export const ALERT_ANNOUNCEMENT: Record<AlertKind, 'assertive' | 'polite' | null> = {
  breaking: 'polite',
  weather: 'assertive',
  station: null,
};

/** The alerts still live at `now` (ms since the epoch), and when the next one expires. */
export function liveAlerts<T extends Pick<Alert, 'expiresAt'>>(
  alerts: readonly T[],
  now: number,
): { live: T[]; nextExpiry: number | null } {
  const live = alerts.filter((alert) => Date.parse(alert.expiresAt) > now);
  const expiries = live.map((alert) => Date.parse(alert.expiresAt));
  return { live, nextExpiry: expiries.length ? Math.min(...expiries) : null };
}

/** Only web links are ever made links; anything else stays out of the page. */
export const isWebLink = (url: string | undefined): url is string =>
  !!url && /^https?:\/\//i.test(url);
