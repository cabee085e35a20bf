import 'server-only';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations';

/** The station's SQLite database under DATA_DIR: the play history and the alerts. */
export const DATABASE_FILE = 'now-playing.sqlite';

/** Opens (creating and upgrading as needed) a connection to the station database in `dir`. */
export function openDatabase(dir: string): Database.Database {
  mkdirSync(dir, { recursive: true });
  const db = new Database(path.join(dir, DATABASE_FILE));
  // WAL: readers (page renders) never wait for the writer (an ingest).
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}
