'use client';

import { useSyncExternalStore } from 'react';
import type { StoredValue } from '@/lib/browser/stored-value';

/** A value kept in the browser's storage, and its setter: the fallback until hydrated. */
export function useStoredValue<T>(store: StoredValue<T>) {
  const value = useSyncExternalStore(store.subscribe, store.get, store.getServer);
  return [value, store.set] as const;
}
