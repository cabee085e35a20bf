'use client';

// Island: alerts arrive over the live channel while the page is open, expire on their own
// clock, and can be dismissed; the cached page's HTML already carries the live ones.
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useAlerts } from '@/components/live/live-channel';
import { useBoundaryTimer } from '@/components/live/use-boundary-timer';
import { useHydrated } from '@/components/use-hydrated';
import {
  ALERT_ANNOUNCEMENT,
  ALERT_LABELS,
  isWebLink,
  liveAlerts,
  type Alert,
  type AlertKind,
} from '@/lib/alerts/alert';
import { announcedAlerts, dismissedAlerts, remember } from './alert-memory';

const TONE: Record<AlertKind, string> = {
  breaking: 'bg-live text-white',
  weather: 'bg-accent text-ink',
  station: 'border-b border-rule bg-wash text-ink',
};

export function AlertBannerIsland({ initial }: { initial: readonly Alert[] }) {
  const alerts = useAlerts(initial);
  const hydrated = useHydrated();
  const dismissed = useSyncExternalStore(
    dismissedAlerts.subscribe,
    dismissedAlerts.get,
    dismissedAlerts.getServer,
  );
  const now = useNow(alerts);
  const shown = (now === null ? alerts : liveAlerts(alerts, now).live).filter(
    (alert) => !dismissed.includes(alert.id),
  );
  const [politeRegion, assertiveRegion] = useAnnouncements(alerts, initial);
  const list = useRef<HTMLUListElement>(null);

  const dismiss = (id: number) => {
    // Keep the keyboard in the banner: the next alert's Dismiss, if there is one.
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])];
    const index = shown.findIndex((alert) => alert.id === id);
    buttons[index + 1]?.focus();
    remember(dismissedAlerts, id);
  };

  return (
    <div data-print="hide">
      {/* Present from the first HTML, so a screen reader is listening before anything arrives. */}
      <p ref={politeRegion} aria-live="polite" className="sr-only" data-testid="alerts-polite" />
      <p
        ref={assertiveRegion}
        aria-live="assertive"
        className="sr-only"
        data-testid="alerts-assertive"
      />
      {shown.length > 0 && (
        <section aria-label="Station alerts">
          <ul ref={list}>
            {shown.map((alert) => (
              <li key={alert.id} className={TONE[alert.kind]} data-alert-kind={alert.kind}>
                <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-2">
                  <p className="min-w-0 flex-1 text-sm sm:text-base">
                    <strong className="font-bold">{ALERT_LABELS[alert.kind]}:</strong>{' '}
                    {alert.message}
                    {isWebLink(alert.url) && (
                      <>
                        {' '}
                        <a
                          href={alert.url}
                          rel="noopener noreferrer"
                          className="font-semibold whitespace-nowrap text-current underline underline-offset-2"
                        >
                          Read more<span className="sr-only"> about this alert</span>
                        </a>
                      </>
                    )}
                  </p>
                  {hydrated && (
                    <button
                      type="button"
                      aria-label="Dismiss alert"
                      onClick={() => dismiss(alert.id)}
                      className="grid size-11 shrink-0 place-items-center rounded-full text-current hover:bg-black/10"
                    >
                      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5">
                        <path
                          d="M5 5l10 10M15 5L5 15"
                          stroke="currentColor"
                          strokeWidth="2"
                          strokeLinecap="round"
                        />
                      </svg>
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** The clock that expires alerts: null until hydrated, then the time, moved on at each expiry. */
function useNow(alerts: readonly Alert[]): number | null {
  const [now, setNow] = useState<number | null>(null);
  const update = useCallback(() => {
    const at = Date.now();
    setNow(at);
    return liveAlerts(alerts, at).nextExpiry;
  }, [alerts]);
  useBoundaryTimer(update);
  return now;
}

/**
 * The two live regions: each alert that arrives while the page is open is read out once (not
 * those the page was served with: they are part of the page), and never again in this tab, not
 * even after a reload. Their text is written directly, outside React's rendering: it is a
 * message to the screen reader, not state of the page. Focus is never moved.
 */
function useAnnouncements(alerts: readonly Alert[], initial: readonly Alert[]) {
  const polite = useRef<HTMLParagraphElement>(null);
  const assertive = useRef<HTMLParagraphElement>(null);
  const [served] = useState(() => new Set(initial.map((alert) => alert.id)));
  useEffect(() => {
    const regions = { polite: polite.current, assertive: assertive.current };
    for (const alert of [...alerts].reverse()) {
      if (served.has(alert.id) || announcedAlerts.get().includes(alert.id)) continue;
      remember(announcedAlerts, alert.id);
      const politeness = ALERT_ANNOUNCEMENT[alert.kind];
      const region = politeness ? regions[politeness] : null;
      if (region) region.textContent = `${ALERT_LABELS[alert.kind]}: ${alert.message}`;
    }
  }, [alerts, served]);
  return [polite, assertive] as const;
}
