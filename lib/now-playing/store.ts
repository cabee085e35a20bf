import 'server-only';
import { createChanges } from '@/lib/storage/changes';
import { openDatabase } from '@/lib/storage/database';
import type { MaybeAsync } from '@/lib/storage/maybe-async';
import {
  isSameTrack,
  KEEP_PLAYS,
  PUSH_PRECEDENCE_MS,
  type NowPlaying,
  type PlaySource,
  type TrackInput,
} from './track';
import { isUntitled } from './untitled';

export type RecordOutcome = 'new' | 'updated' | 'unchanged';
export type Recorded = { play: NowPlaying; outcome: RecordOutcome };

/**
 * Plays that changed, oldest first. On a copy's first load (`firstLoad`), only the current play:
 * what this instance starts from, for its cached pages, not news for its open ones.
 */
export type PlayChange = { plays: NowPlaying[]; firstLoad?: boolean };

/**
 * Where the now-playing service (lib/now-playing/service.ts) keeps the plays: SQLite on one
 * server (here), or Redis shared by several (lib/now-playing/shared-store.ts). Both make the same
 * decisions (the same track, artwork filled in, off air, push precedence, the bound) and pass
 * lib/now-playing/plays-both-stores.test.ts. The current state is simply the newest play: a
 * track, or the station going off air.
 */
export type PlayStore = PlayReader & {
  record(track: TrackInput, source: PlaySource, at: Date): MaybeAsync<Recorded>;
  /** The station went off air: a gap in the history until the next track. */
  recordOffAir(source: PlaySource, at: Date): MaybeAsync<Recorded>;
  /** Told after plays changed, whichever instance changed them. */
  onChange(listener: (change: PlayChange) => void): () => void;
  /** Resolves once reads can be answered (the first load of a copy). */
  ready(): Promise<void>;
  close(): void;
};

/** What readers need of a store: answered at once (Redis's from its copy). */
export type PlayReader = {
  current(): NowPlaying | null;
  /** Newest first, the current play included. */
  history(limit: number): NowPlaying[];
  /** Plays after `id`, oldest first (an event stream catching a client up). */
  playsAfter(id: number, limit: number): NowPlaying[];
  play(id: number): NowPlaying | null;
  /** Tracks that started in [from, to), in the order they started (off-air and untitled left out). */
  playsBetween(from: Date, to: Date, limit: number): NowPlaying[];
  /** When the oldest play still kept started (ISO), where the history begins; null when empty. */
  firstPlayedAt(): string | null;
};

/** The SQLite store answers writes at once. */
export type LocalPlayStore = Omit<PlayStore, 'record' | 'recordOffAir'> & {
  record(track: TrackInput, source: PlaySource, at: Date): Recorded;
  recordOffAir(source: PlaySource, at: Date): Recorded;
};

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

/** The plays in SQLite under DATA_DIR, so a restart loses nothing. */
export function openNowPlayingStore({
  dir,
  keepPlays = KEEP_PLAYS,
  pushPrecedenceMs = PUSH_PRECEDENCE_MS,
}: {
  dir: string;
  keepPlays?: number;
  pushPrecedenceMs?: number;
}): LocalPlayStore {
  const db = openDatabase(dir);
  const changes = createChanges<PlayChange>();
  // Pushes are the station's own word: for a while after one, a poller reading the song with
  // other spelling (or a stale title) must not start a new play every poll. It may still add
  // artwork to the same song, and say the station is off air: a mount that is gone is gone.
  // (In memory: a restart forgets it, as a poller's next read is then news anyway.)
  let lastPushAt = -Infinity;
  const heldOffByPush = (source: PlaySource, at: Date) =>
    source !== 'push' && at.getTime() - lastPushAt < pushPrecedenceMs;

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
  const first = db.prepare<[], { first: string | null }>(
    'SELECT MIN(started_at) AS first FROM plays',
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
    // Back from off air, a poller's track is the news, push or no push.
    if (current && !current.off_air && heldOffByPush(source, at) && !isSameTrack(current, track)) {
      return { play: toNowPlaying(current), outcome: 'unchanged' };
    }
    if (source === 'push') lastPushAt = at.getTime();
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
    if (source === 'push') lastPushAt = at.getTime();
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

  /** After the transaction: a change is told once it is stored. */
  function told(result: Recorded): Recorded {
    if (result.outcome !== 'unchanged') changes.emit({ plays: [result.play] });
    return result;
  }

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
    firstPlayedAt: () => first.get()?.first ?? null,
    record: (track, source, at) => told(record(track, source, at)),
    recordOffAir: (source, at) => told(recordOffAir(source, at)),
    onChange: (listener) => changes.subscribe(listener),
    ready: () => Promise.resolve(),
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
