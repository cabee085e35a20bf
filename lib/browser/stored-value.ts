/**
 * One value kept in the browser's storage (localStorage: remembered across visits;
 * sessionStorage: this tab only), as an external store for useSyncExternalStore. The server and
 * hydration see `fallback`, then the stored value. Storage is shared with whatever else ran on
 * this origin, so what is read goes through `parse`; when storage refuses to keep a value
 * (private mode, quota), it is kept for this page only.
 */
export type StoredValue<T> = {
  get(): T;
  getServer(): T;
  set(next: T): void;
  subscribe(listener: () => void): () => void;
};

type Options<T> = {
  key: string;
  area: 'local' | 'session';
  fallback: T;
  /** Turns whatever is stored (or null) into a value; never throws. */
  parse(raw: string | null): T;
  serialize(value: T): string;
};

export function storedValue<T>({
  key,
  area,
  fallback,
  parse,
  serialize,
}: Options<T>): StoredValue<T> {
  let cachedRaw: string | null | undefined;
  let cached = fallback;
  let unsaved: { value: T } | null = null;
  const listeners = new Set<() => void>();
  const storage = () => (area === 'local' ? window.localStorage : window.sessionStorage);

  const readRaw = () => {
    try {
      return storage().getItem(key);
    } catch {
      return null;
    }
  };

  return {
    get() {
      if (unsaved) return unsaved.value;
      const raw = readRaw();
      // Same text, same object: useSyncExternalStore needs a stable snapshot.
      if (raw !== cachedRaw) {
        cachedRaw = raw;
        cached = parse(raw);
      }
      return cached;
    },
    getServer: () => fallback,
    set(next) {
      try {
        storage().setItem(key, serialize(next));
        unsaved = null;
      } catch {
        unsaved = { value: next };
      }
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      // Another tab changed it (localStorage only: each tab has its own sessionStorage).
      const onStorage = (event: StorageEvent) => {
        if (event.key === key) listener();
      };
      window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(listener);
        window.removeEventListener('storage', onStorage);
      };
    },
  };
}

/** A remembered on/off choice, kept as "on" or "off" across visits; anything else is `fallback`. */
export function storedSwitch(key: string, fallback: boolean): StoredValue<boolean> {
  return storedValue({
    key,
    area: 'local',
    fallback,
    parse: (raw) => (raw === 'on' ? true : raw === 'off' ? false : fallback),
    serialize: (on) => (on ? 'on' : 'off'),
  });
}
