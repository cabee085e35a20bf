import 'server-only';
import { openDatabase } from '@/lib/storage/database';
import {
  isSameTrack,
  KEEP_PLAYS,
  type NowPlaying,
  type PlaySource,
  type TrackInput,
} from './track';
import { isUntitled } from './untitled';

/**
 * The current track and the play history, in SQLite under DATA_DIR so a restart loses nothing.
 * The current state is simply the newest play: a track, or the station going off air.
 */
export type RecordOutcome = 'new' | 'updated' | 'unchanged';
export type Recorded = { play: NowPlaying; outcome: RecordOutcome };

export type NowPlayingStore = {
  current(): NowPlaying | null;
  /** Newest first, the current play included. */
  history(limit: number): NowPlaying[];
  /** Plays after `id`, oldest first (an event stream catching a client up). */
  playsAfter(id: number, limit: number): NowPlaying[];
  play(id: number): NowPlaying | null;
  /** Tracks that started in [from, to), in the order they started (off-air and untitled left out). */
  playsBetween(from: Date, to: Date, limit: number): NowPlaying[];
  record(track: TrackInput, source: PlaySource, at: Date): Recorded;
  /** The station went off air: a gap in the history until the next track. */
  recordOffAir(source: PlaySource, at: Date): Recorded;
  close(): void;
};

/** What readers need of a store (the Redis one answers these from memory). */
export type PlayReader = Pick<
  NowPlayingStore,
  'current' | 'history' | 'playsAfter' | 'play' | 'playsBetween'
>;

type PlayRow = {
  id: number;
  artist: string;
  title: string;
  artwork: string | null;
  duration: number | null;
  source: PlaySource;
  started_at: string;
  off_air: 0 | 1;
  streamer: string | null;
  revision: number;
};

export function openNowPlayingStore({
  dir,
  keepPlays = KEEP_PLAYS,
}: {
  dir: string;
  keepPlays?: number;
}): NowPlayingStore {
  const db = openDatabase(dir);

  const latest = db.prepare<[], PlayRow>('SELECT * FROM plays ORDER BY id DESC LIMIT 1');
  const recent = db.prepare<[number], PlayRow>('SELECT * FROM plays ORDER BY id DESC LIMIT ?');
  const after = db.prepare<[number, number], PlayRow>(
    'SELECT * FROM plays WHERE id > ? ORDER BY id ASC LIMIT ?',
  );
  const byId = db.prepare<[number], PlayRow>('SELECT * FROM plays WHERE id = ?');
  // By the plays_by_start index; ISO 8601 UTC strings sort as the instants do. Tracks only: not
  // off-air gaps, nor on-air stretches that named no track.
  const between = db.prepare<[string, string, number], PlayRow>(
    `SELECT * FROM plays WHERE started_at >= ? AND started_at < ? AND off_air = 0 AND title <> ''
     ORDER BY started_at ASC, id ASC LIMIT ?`,
  );
  const insert = db.prepare<
    [string, string, string | null, number | null, PlaySource, string, 0 | 1, string | null]
  >(
    `INSERT INTO plays (artist, title, artwork, duration, source, started_at, off_air, streamer)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const fill = db.prepare<[string | null, number | null, number]>(
    `UPDATE plays SET artwork = coalesce(artwork, ?), duration = coalesce(duration, ?),
       revision = revision + 1 WHERE id = ?`,
  );
  // Everything older than the newest `keepPlays` rows; NULL (so nothing) while there are fewer.
  const trim = db.prepare<[number]>(
    'DELETE FROM plays WHERE id < (SELECT id FROM plays ORDER BY id DESC LIMIT 1 OFFSET ?)',
  );

  const insertPlay = (
    values: Omit<PlayRow, 'id' | 'revision' | 'started_at'> & { startedAt: string },
  ): Recorded => {
    const { artist, title, artwork, duration, source, startedAt, off_air, streamer } = values;
    const { lastInsertRowid } = insert.run(
      artist,
      title,
      artwork,
      duration,
      source,
      startedAt,
      off_air,
      streamer,
    );
    trim.run(keepPlays - 1);
    const row = byId.get(Number(lastInsertRowid));
    if (!row) throw new Error('a play just recorded is missing');
    return { play: toNowPlaying(row), outcome: 'new' };
  };

  const record = db.transaction((track: TrackInput, source: PlaySource, at: Date): Recorded => {
    const current = latest.get();
    // A source naming no track never replaces a play on air: a track's title stays.
    if (current && !current.off_air && isUntitled(track)) {
      return { play: toNowPlaying(current), outcome: 'unchanged' };
    }
    if (current && !current.off_air && isSameTrack(current, track)) {
      const fillsGap =
        (current.artwork === null && track.artwork !== undefined) ||
        (current.duration === null && track.duration !== undefined);
      if (!fillsGap) return { play: toNowPlaying(current), outcome: 'unchanged' };
      fill.run(track.artwork ?? null, track.duration ?? null, current.id);
      return { play: toNowPlaying(byId.get(current.id) ?? current), outcome: 'updated' };
    }
    return insertPlay({
      artist: track.artist,
      title: track.title,
      artwork: track.artwork ?? null,
      duration: track.duration ?? null,
      source,
      startedAt: track.startedAt ?? at.toISOString(),
      off_air: 0,
      streamer: track.streamer ?? null,
    });
  });

  const recordOffAir = db.transaction((source: PlaySource, at: Date): Recorded => {
    const current = latest.get();
    if (current?.off_air) return { play: toNowPlaying(current), outcome: 'unchanged' };
    return insertPlay({
      artist: '',
      title: '',
      artwork: null,
      duration: null,
      source,
      startedAt: at.toISOString(),
      off_air: 1,
      streamer: null,
    });
  });

  return {
    current: () => {
      const row = latest.get();
      return row ? toNowPlaying(row) : null;
    },
    history: (limit) => recent.all(limit).map(toNowPlaying),
    playsAfter: (id, limit) => after.all(id, limit).map(toNowPlaying),
    play: (id) => {
      const row = byId.get(id);
      return row ? toNowPlaying(row) : null;
    },
    playsBetween: (from, to, limit) =>
      between.all(from.toISOString(), to.toISOString(), limit).map(toNowPlaying),
    record: (track, source, at) => record(track, source, at),
    recordOffAir: (source, at) => recordOffAir(source, at),
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
    ...(row.streamer !== null ? { streamer: row.streamer } : {}),
    ...(row.off_air ? { offAir: true as const } : {}),
    ...(row.revision > 0 ? { revision: row.revision } : {}),
  };
}
