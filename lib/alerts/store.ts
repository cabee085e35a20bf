import 'server-only';
import { openDatabase } from '@/lib/storage/database';
import type { Alert, AlertKind } from './alert';
import type { AlertInput } from './check-alert';

/**
 * Alerts in the station database beside the play history, so a restart keeps the live alert.
 * Deleted and expired alerts stay in the table (a record of what was said); only live ones are
 * read back.
 */
export type AlertStore = {
  create(input: AlertInput, at: Date): Alert;
  /** False when there is no live alert with that id. */
  remove(id: number, at: Date): boolean;
  /** Live at `at`, newest first. */
  live(at: Date): Alert[];
  close(): void;
};

type AlertRow = {
  id: number;
  kind: AlertKind;
  message: string;
  url: string | null;
  created_at: string;
  expires_at: string;
};

export function openAlertStore({ dir }: { dir: string }): AlertStore {
  const db = openDatabase(dir);
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
      return toAlert(row);
    },
    remove: (id, at) => remove.run(at.toISOString(), id, at.toISOString()).changes > 0,
    live: (at) => live.all(at.toISOString()).map(toAlert),
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
