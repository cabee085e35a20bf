import 'server-only';
import { createChanges } from '@/lib/storage/changes';
import { openDatabase } from '@/lib/storage/database';
import type { MaybeAsync } from '@/lib/storage/maybe-async';
import type { Alert, AlertKind } from './alert';
import type { AlertInput } from './check-alert';

/**
 * Where the alert service (lib/alerts/service.ts) keeps alerts: SQLite on one server (here), or
 * Redis shared by several (lib/alerts/shared-store.ts). Both pass lib/alerts/alerts-both-stores.test.ts.
 */
export type AlertStore = {
  create(input: AlertInput, at: Date): MaybeAsync<Alert>;
  /** False when there is no live alert with that id. */
  remove(id: number, at: Date): MaybeAsync<boolean>;
  /** Live at `at`, newest first. Answered at once, from Redis's copy while it is away. */
  live(at: Date): Alert[];
  /** Told after the live alerts changed, whichever instance changed them. */
  onChange(listener: () => void): () => void;
  /** Resolves once reads can be answered (the first load of a copy). */
  ready(): Promise<void>;
  close(): void;
};

/** The SQLite store answers writes at once. */
export type LocalAlertStore = Omit<AlertStore, 'create' | 'remove'> & {
  create(input: AlertInput, at: Date): Alert;
  remove(id: number, at: Date): boolean;
};

/**
 * Alerts in the station database beside the play history, so a restart keeps the live alert.
 * Deleted and expired alerts stay in the table (a record of what was said); only live ones are
 * read back.
 */
type AlertRow = {
  id: number;
  kind: AlertKind;
  message: string;
  url: string | null;
  created_at: string;
  expires_at: string;
};

export function openAlertStore({ dir }: { dir: string }): LocalAlertStore {
  const db = openDatabase(dir);
  const changes = createChanges<void>();
  const insert = db.prepare<[AlertKind, string, string | null, string, string]>(
    'INSERT INTO alerts (kind, message, url, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
  );
  const byId = db.prepare<[number], AlertRow>('SELECT * FROM alerts WHERE id = ?');
  const remove = db.prepare<[string, number, string]>(
    'UPDATE alerts SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL AND expires_at > ?',
  );
  const live = db.prepare<[string], AlertRow>(
    'SELECT * FROM alerts WHERE deleted_at IS NULL AND expires_at > ? ORDER BY id DESC',
  );

  return {
    create(input, at) {
      const { lastInsertRowid } = insert.run(
        input.kind,
        input.message,
        input.url ?? null,
        at.toISOString(),
        new Date(input.expiresAt).toISOString(),
      );
      const row = byId.get(Number(lastInsertRowid));
      if (!row) throw new Error('an alert just created is missing');
      changes.emit();
      return toAlert(row);
    },
    remove(id, at) {
      const removed = remove.run(at.toISOString(), id, at.toISOString()).changes > 0;
      if (removed) changes.emit();
      return removed;
    },
    live: (at) => live.all(at.toISOString()).map(toAlert),
    onChange: (listener) => changes.subscribe(listener),
    ready: () => Promise.resolve(),
    close: () => db.close(),
  };
}

function toAlert(row: AlertRow): Alert {
  return {
    id: row.id,
    kind: row.kind,
    message: row.message,
    ...(row.url !== null ? { url: row.url } : {}),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}
