import type Database from 'better-sqlite3';

/**
 * Schema steps of the station's SQLite database (the play history and the alerts), applied in
 * order; `PRAGMA user_version` records how many have run. Append new steps, never edit old ones:
 * a deployed database has already run them.
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
  // Off air is a state of its own, kept in the history as a gap; the live presenter's name; a
  // revision per play, so an event stream can replay artwork filled in later; and lookups by
  // time (what a show played).
  `ALTER TABLE plays ADD COLUMN off_air INTEGER NOT NULL DEFAULT 0 CHECK (off_air IN (0, 1));
   ALTER TABLE plays ADD COLUMN streamer TEXT;
   ALTER TABLE plays ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
   CREATE INDEX plays_by_start ON plays (started_at);`,
  // Station alerts (breaking news, weather warnings, station notices); deleted ones are kept.
  `CREATE TABLE alerts (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     kind TEXT NOT NULL CHECK (kind IN ('breaking', 'weather', 'station')),
     message TEXT NOT NULL,
     url TEXT,
     created_at TEXT NOT NULL,
     expires_at TEXT NOT NULL,
     deleted_at TEXT
   ) STRICT;
   CREATE INDEX alerts_live ON alerts (expires_at) WHERE deleted_at IS NULL;`,
];

export function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > migrations.length) {
    throw new Error(
      `station database is at schema ${version}, newer than this code knows (${migrations.length})`,
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
