import type Database from 'better-sqlite3';

/**
 * Schema steps, applied in order; `PRAGMA user_version` records how many have run. Append new
 * steps, never edit old ones: a deployed database has already run them.
 */
const migrations: readonly string[] = [
  `CREATE TABLE plays (
     -- AUTOINCREMENT: ids are never reused after old rows are trimmed, so they work as SSE ids.
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     artist TEXT NOT NULL,
     title TEXT NOT NULL,
     artwork TEXT,
     duration REAL,
     source TEXT NOT NULL CHECK (source IN ('push', 'icecast', 'azuracast')),
     started_at TEXT NOT NULL
   ) STRICT;`,
];

export function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > migrations.length) {
    throw new Error(
      `now-playing database is at schema ${version}, newer than this code knows (${migrations.length})`,
    );
  }
  migrations.slice(version).forEach((sql, index) => {
    db.transaction(() => {
      db.exec(sql);
      // PRAGMA takes no bound parameters; the value is our own integer.
      db.pragma(`user_version = ${version + index + 1}`);
    })();
  });
}
