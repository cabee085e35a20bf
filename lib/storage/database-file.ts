/** The station's SQLite file under DATA_DIR (no `server-only`: benchmarks seed it directly). */
export const DATABASE_FILE = 'now-playing.sqlite';
