import 'server-only';
import type { NowPlayingBus } from '@/lib/live/bus';
import { encodeLiveEvent } from '@/lib/live/events';
import type { Alert } from './alert';
import type { AlertInput } from './check-alert';
import type { AlertStore } from './store';

/**
 * Alerts ride the live channel the pages already hold open (the now-playing event stream). Each
 * change sends every page the full list of live alerts, so a page that missed one (it was
 * reconnecting) is right again after the next frame, and every connection starts with it. The
 * frames carry no `id:`, so they leave the browser's Last-Event-ID to the now-playing changes.
 */
export function encodeAlertsFrame(alerts: readonly Alert[]): Uint8Array {
  return encodeLiveEvent('alert', { alerts: [...alerts] });
}

// An alert is live while its expiry is in the future: fire just after, not on the instant.
const EXPIRY_MARGIN_MS = 50;

/**
 * Tells pages what the live alerts are (and cached ones to regenerate), then again when the
 * soonest of them expires, as for a delete, so a reader without JavaScript stops seeing it too.
 * Both alert services announce through this; `stop()` clears the pending expiry.
 */
export function createAlertAnnouncer({
  bus,
  live,
  now,
  onChange,
}: {
  bus: NowPlayingBus;
  live: () => Alert[];
  now: () => Date;
  onChange: () => void;
}) {
  let expiry: ReturnType<typeof setTimeout> | undefined;
  function scheduleExpiry() {
    clearTimeout(expiry);
    const soonest = Math.min(...live().map((alert) => Date.parse(alert.expiresAt)));
    if (!Number.isFinite(soonest)) return;
    expiry = setTimeout(announce, Math.max(0, soonest - +now()) + EXPIRY_MARGIN_MS);
    expiry.unref?.();
  }
  function announce() {
    bus.publish(encodeAlertsFrame(live()));
    onChange();
    scheduleExpiry();
  }
  return { announce, scheduleExpiry, stop: () => clearTimeout(expiry) };
}

export type AlertService = {
  create(input: AlertInput): Alert;
  /** False when there is no live alert with that id. */
  remove(id: number): boolean;
  live(): Alert[];
  /** The frame every new connection starts with. */
  frame(): Uint8Array;
  close(): void;
};

/**
 * What the routes use: this service (SQLite, answers at once) or the shared one
 * (lib/alerts/shared-service.ts: Redis, whose writes answer later and may fail with
 * StoreUnavailableError).
 */
export type StationAlerts = Omit<AlertService, 'create' | 'remove'> & {
  create(input: AlertInput): Alert | Promise<Alert>;
  remove(id: number): boolean | Promise<boolean>;
};

export function createAlertService({
  store,
  bus,
  now = () => new Date(),
  onChange = () => {},
}: {
  store: AlertStore;
  bus: NowPlayingBus;
  now?: () => Date;
  /** After a change is stored and published: cached pages that show alerts go out of date. */
  onChange?: () => void;
}): AlertService {
  const live = () => store.live(now());
  const announcer = createAlertAnnouncer({ bus, live, now, onChange });
  announcer.scheduleExpiry();
  return {
    create(input) {
      const alert = store.create(input, now());
      announcer.announce();
      return alert;
    },
    remove(id) {
      const removed = store.remove(id, now());
      if (removed) announcer.announce();
      return removed;
    },
    live,
    frame: () => encodeAlertsFrame(live()),
    close() {
      announcer.stop();
      store.close();
    },
  };
}
