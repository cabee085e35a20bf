import {
  DEFAULT_VOLUME,
  parseVolumeSettings,
  serializeVolumeSettings,
  type VolumeSettings,
} from '@/lib/player/stored-settings';

/**
 * Volume and mute, remembered across visits in localStorage, as an external store for
 * useSyncExternalStore: the server and hydration see the defaults, then the stored values.
 */
const KEY = 'oldham-reporter-player:volume';

let cachedRaw: string | null | undefined;
let cached: VolumeSettings = DEFAULT_VOLUME;
// Used when storage refuses to keep the settings (private mode, quota): this page only.
let unsaved: VolumeSettings | null = null;
const listeners = new Set<() => void>();

function readRaw(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function getVolumeSettings(): VolumeSettings {
  if (unsaved) return unsaved;
  const raw = readRaw();
  // Same text, same object: useSyncExternalStore needs a stable snapshot.
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cached = parseVolumeSettings(raw);
  }
  return cached;
}

export const getServerVolumeSettings = (): VolumeSettings => DEFAULT_VOLUME;

export function setVolumeSettings(next: VolumeSettings) {
  try {
    localStorage.setItem(KEY, serializeVolumeSettings(next));
    unsaved = null;
  } catch {
    unsaved = next;
  }
  for (const listener of listeners) listener();
}

export function subscribeVolumeSettings(listener: () => void) {
  listeners.add(listener);
  // Another tab changed it.
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
