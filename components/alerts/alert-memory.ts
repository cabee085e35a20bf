import { storedValue } from '@/lib/browser/stored-value';

/**
 * Alert ids this tab has dealt with, kept in sessionStorage: dismissed (not shown again in this
 * tab) and announced (not read out again after a reload). A new tab starts afresh.
 */
const MAX_IDS = 50;

function parseIds(raw: string | null): readonly number[] {
  try {
    const value: unknown = JSON.parse(raw ?? '[]');
    return Array.isArray(value) ? value.filter(Number.isSafeInteger).slice(-MAX_IDS) : [];
  } catch {
    return [];
  }
}

const idList = (key: string) =>
  storedValue<readonly number[]>({
    key,
    area: 'session',
    fallback: [],
    parse: parseIds,
    serialize: (ids) => JSON.stringify(ids.slice(-MAX_IDS)),
  });

export const dismissedAlerts = idList('oldham-reporter:dismissed-alerts');
export const announcedAlerts = idList('oldham-reporter:announced-alerts');

export function remember(list: typeof dismissedAlerts, id: number) {
  const ids = list.get();
  if (!ids.includes(id)) list.set([...ids, id]);
}
