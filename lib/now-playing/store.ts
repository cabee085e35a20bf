import 'server-only';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './store-migrations';
import { isSameTrack, type NowPlaying, type PlaySource, type TrackInput } from './track';

/**
 * The current track and the play history, in SQLite under DATA_DIR so a restart loses nothing.
 * The current track is simply the newest play.
 */
export type RecordOutcome = 'new' | 'updated' | 'unchanged';
export type NowPlayingStore = {
  current(): NowPlaying | null;
  /** Newest first, the current play included. */
  history(limit: number): NowPlaying[];
  record(
    track: TrackInput,
    source: PlaySource,
    at: Date,
  ): { play: NowPlaying; outcome: RecordOutcome };
  close(): void;
};

type PlayRow = {
  id: number;
  artist: string;
  title: string;
  artwork: string | null;
  duration: number | null;
  source: PlaySource;
  started_at: string;
};

export const DATABASE_FILE = 'now-playing.sqlite';

export function openNowPlayingStore({
  dir,
  keepPlays = 500,
}: {
  dir: string;
  keepPlays?: number;
}): NowPlayingStore {
  mkdirSync(dir, { recursive: true });
  const db = new Database(path.join(dir, DATABASE_FILE));
  // WAL: readers (page renders) never wait for the writer (an ingest).
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const latest = db.prepare<[], PlayRow>('SELECT * FROM plays ORDER BY id DESC LIMIT 1');
  const recent = db.prepare<[number], PlayRow>('SELECT * FROM plays ORDER BY id DESC LIMIT ?');
  const insert = db.prepare<[string, string, string | null, number | null, PlaySource, string]>(
    'INSERT INTO plays (artist, title, artwork, duration, source, started_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const fill = db.prepare<[string | null, number | null, number]>(
    'UPDATE plays SET artwork = coalesce(artwork, ?), duration = coalesce(duration, ?) WHERE id = ?',
  );
  // Everything older than the newest `keepPlays` rows; NULL (so nothing) while there are fewer.
  const trim = db.prepare<[number]>(
    'DELETE FROM plays WHERE id < (SELECT id FROM plays ORDER BY id DESC LIMIT 1 OFFSET ?)',
  );

  const record = db.transaction(
    (
      track: TrackInput,
      source: PlaySource,
      at: Date,
    ): { play: NowPlaying; outcome: RecordOutcome } => {
      const current = latest.get();
      if (current && isSameTrack(current, track)) {
        const fillsGap =
          (current.artwork === null && track.artwork !== undefined) ||
          (current.duration === null && track.duration !== undefined);
        if (!fillsGap) return { play: toNowPlaying(current), outcome: 'unchanged' };
        fill.run(track.artwork ?? null, track.duration ?? null, current.id);
        return { play: toNowPlaying(latest.get() ?? current), outcome: 'updated' };
      }
      const { lastInsertRowid } = insert.run(
        track.artist,
        track.title,
        track.artwork ?? null,
        track.duration ?? null,
        source,
        at.toISOString(),
      );
      trim.run(keepPlays - 1);
      const play: PlayRow = {
        id: Number(lastInsertRowid),
        artist: track.artist,
        title: track.title,
        artwork: track.artwork ?? null,
        duration: track.duration ?? null,
        source,
        started_at: at.toISOString(),
      };
      return { play: toNowPlaying(play), outcome: 'new' };
    },
  );

  return {
    current: () => {
      const row = latest.get();
      return row ? toNowPlaying(row) : null;
    },
    history: (limit) => recent.all(limit).map(toNowPlaying),
    record: (track, source, at) => record(track, source, at),
    close: () => db.close(),
  };
}

function toNowPlaying(row: PlayRow): NowPlaying {
  return {
    id: row.id,
    artist: row.artist,
    title: row.title,
    ...(row.artwork !== null ? { artwork: row.artwork } : {}),
    ...(row.duration !== null ? { duration: row.duration } : {}),
    startedAt: row.started_at,
    source: row.source,
  };
}
