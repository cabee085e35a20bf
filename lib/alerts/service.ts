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

/** What the routes use, over either store; over SQLite's, writes answer at once. */
export type AlertService<Store extends AlertStore = AlertStore> = {
  create(input: AlertInput): ReturnType<Store['create']>;
  /** False when there is no live alert with that id. */
  remove(id: number): ReturnType<Store['remove']>;
  live(): Alert[];
  /** The frame every new connection starts with. */
  frame(): Uint8Array;
  ready(): Promise<void>;
  close(): void;
};

/**
 * Whenever the store says the live alerts changed, tells pages what they are (and cached ones to
 * regenerate); then again when the soonest of them expires, as for a delete, so a reader without
 * JavaScript stops seeing it too. Each instance times the expiries itself.
 */
export function createAlertService<Store extends AlertStore>({
  store,
  bus,
  now = () => new Date(),
  onChange = () => {},
}: {
  store: Store;
  bus: NowPlayingBus;
  now?: () => Date;
  /** After a change is stored and published: cached pages that show alerts go out of date. */
  onChange?: () => void;
}): AlertService<Store> {
  const live = () => store.live(now());
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
  scheduleExpiry();
  const stopChanges = store.onChange(announce);
  return {
    create: (input) => store.create(input, now()) as ReturnType<Store['create']>,
    remove: (id) => store.remove(id, now()) as ReturnType<Store['remove']>,
    live,
    frame: () => encodeAlertsFrame(live()),
    ready: () => store.ready(),
    close() {
      stopChanges();
      clearTimeout(expiry);
      store.close();
    },
  };
}
