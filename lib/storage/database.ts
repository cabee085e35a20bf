import 'server-only';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from './database-file';
import { migrate } from './migrations';

export { DATABASE_FILE };

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
