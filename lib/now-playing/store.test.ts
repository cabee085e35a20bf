import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '@/lib/storage/database';
import { openNowPlayingStore, type LocalPlayStore } from './store';
import { isUntitled, UNTITLED } from './untitled';

let dir: string;
let store: LocalPlayStore;
const at = (minute: number) => new Date(Date.UTC(2026, 2, 29, 0, minute));

// Sources here take turns without a push holding pollers off (that is in service.test.ts and
// plays-both-stores.test.ts).
const open = (options: { keepPlays?: number } = {}) =>
  openNowPlayingStore({ dir, pushPrecedenceMs: 0, ...options });

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'now-playing-store-'));
  store = open();
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('now-playing store', () => {
  it('finds the tracks that started in a time range, in the order they started', () => {
    store.record({ artist: 'A', title: 'Before' }, 'push', at(0));
    store.record({ artist: 'A', title: 'First' }, 'push', at(10));
    store.recordOffAir('push', at(12));
    // Back-filled: recorded later, started earlier.
    store.record({ artist: 'A', title: 'Second', startedAt: at(15).toISOString() }, 'push', at(40));
    store.record({ artist: 'A', title: 'Third' }, 'push', at(20));
    store.record({ artist: 'A', title: 'At the end' }, 'push', at(30));
    const titles = (from: number, to: number, limit = 10) =>
      store.playsBetween(at(from), at(to), limit).map((play) => play.title);
    expect(titles(10, 30)).toEqual(['First', 'Second', 'Third']);
    expect(titles(10, 30, 2)).toEqual(['First', 'Second']);
    expect(titles(31, 60)).toEqual([]);
  });

  it('starts empty', () => {
    expect(store.current()).toBeNull();
    expect(store.history(10)).toEqual([]);
  });

  it('records a play as the current track with an id and a UTC start time', () => {
    const { play, outcome } = store.record(
      { artist: 'Elbow', title: 'Grounds for Divorce' },
      'push',
      at(1),
    );
    expect(outcome).toBe('new');
    expect(play).toEqual({
      id: 1,
      artist: 'Elbow',
      title: 'Grounds for Divorce',
      startedAt: '2026-03-29T00:01:00.000Z',
      source: 'push',
    });
    expect(store.current()).toEqual(play);
  });

  it('counts the same track reported again (any case, spacing) as one play', () => {
    store.record({ artist: 'Elbow', title: 'One Day Like This' }, 'icecast', at(1));
    const again = store.record(
      { artist: ' ELBOW ', title: 'one day like this ' },
      'icecast',
      at(2),
    );
    expect(again.outcome).toBe('unchanged');
    expect(again.play.startedAt).toBe('2026-03-29T00:01:00.000Z');
    expect(store.history(10)).toHaveLength(1);
  });

  it('adds artwork and duration to the current play when they become known', () => {
    store.record({ artist: 'Elbow', title: 'Mirrorball' }, 'icecast', at(1));
    const updated = store.record(
      { artist: 'Elbow', title: 'Mirrorball', artwork: 'https://art.example/m.jpg', duration: 321 },
      'push',
      at(2),
    );
    expect(updated.outcome).toBe('updated');
    expect(updated.play).toMatchObject({
      id: 1,
      artwork: 'https://art.example/m.jpg',
      duration: 321,
      revision: 1,
    });
    expect(store.history(10)).toHaveLength(1);
    const same = store.record(
      { artist: 'Elbow', title: 'Mirrorball', artwork: 'https://art.example/other.jpg' },
      'push',
      at(3),
    );
    expect(same.outcome).toBe('unchanged');
    expect(same.play.artwork).toBe('https://art.example/m.jpg');
  });

  it('lists history newest first', () => {
    store.record({ artist: 'A', title: 'One' }, 'push', at(1));
    store.record({ artist: 'B', title: 'Two' }, 'push', at(2));
    store.record({ artist: 'A', title: 'One' }, 'push', at(3));
    expect(store.history(10).map((play) => [play.id, play.title])).toEqual([
      [3, 'One'],
      [2, 'Two'],
      [1, 'One'],
    ]);
    expect(store.history(2)).toHaveLength(2);
  });

  it('keeps only the newest plays, never reusing ids', () => {
    store.close();
    store = open({ keepPlays: 3 });
    for (let i = 1; i <= 5; i++) store.record({ artist: 'X', title: `Track ${i}` }, 'push', at(i));
    expect(store.history(10).map((play) => play.id)).toEqual([5, 4, 3]);
    expect(store.record({ artist: 'X', title: 'Track 6' }, 'push', at(6)).play.id).toBe(6);
  });

  it('keeps the current track and history across a restart', () => {
    store.record({ artist: 'A', title: 'One' }, 'push', at(1));
    store.record(
      { artist: 'B', title: 'Two', artwork: 'https://art.example/2.png' },
      'azuracast',
      at(2),
    );
    store.close();
    store = open();
    expect(store.current()).toMatchObject({ id: 2, title: 'Two', source: 'azuracast' });
    expect(store.history(10)).toHaveLength(2);
    expect(store.record({ artist: 'b', title: 'two' }, 'icecast', at(3)).outcome).toBe('unchanged');
  });

  it('uses WAL and records its schema version', () => {
    const db = new Database(path.join(dir, DATABASE_FILE), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    db.close();
  });

  it('refuses a database from a newer schema', () => {
    store.close();
    const db = new Database(path.join(dir, DATABASE_FILE));
    db.pragma('user_version = 99');
    db.close();
    expect(() => openNowPlayingStore({ dir })).toThrow(/newer/);
    store = openNowPlayingStore({ dir: path.join(dir, 'fresh') });
  });

  it('creates its directory', () => {
    store.close();
    store = openNowPlayingStore({ dir: path.join(dir, 'nested', 'data') });
    expect(store.current()).toBeNull();
  });

  it('records going off air once, as a gap in the history, and a new play after it', () => {
    store.record({ artist: 'Elbow', title: 'Grace Under Pressure' }, 'azuracast', at(1));
    const off = store.recordOffAir('azuracast', at(2));
    expect(off).toEqual({
      outcome: 'new',
      play: {
        id: 2,
        artist: '',
        title: '',
        startedAt: '2026-03-29T00:02:00.000Z',
        source: 'azuracast',
        offAir: true,
      },
    });
    expect(store.recordOffAir('azuracast', at(3)).outcome).toBe('unchanged');
    // The same song when the station is back is a new play, not the one before the gap.
    const back = store.record(
      { artist: 'Elbow', title: 'Grace Under Pressure' },
      'azuracast',
      at(4),
    );
    expect(back).toMatchObject({ outcome: 'new', play: { id: 3 } });
    expect(store.history(10).map((play) => play.offAir ?? false)).toEqual([false, true, false]);
  });

  it('records a source back on air without a title as an untitled play, once', () => {
    store.record({ artist: 'Elbow', title: 'Mirrorball' }, 'icecast', at(1));
    store.recordOffAir('icecast', at(2));
    const back = store.record(UNTITLED, 'icecast', at(3));
    expect(back).toEqual({
      outcome: 'new',
      play: {
        id: 3,
        artist: '',
        title: '',
        startedAt: '2026-03-29T00:03:00.000Z',
        source: 'icecast',
      },
    });
    expect(isUntitled(back.play)).toBe(true);
    expect(store.record(UNTITLED, 'icecast', at(4)).outcome).toBe('unchanged');
    // A title when one comes is a new play; no title after it keeps that track.
    expect(store.record({ artist: 'Doves', title: 'Pounding' }, 'icecast', at(5)).outcome).toBe(
      'new',
    );
    const stays = store.record(UNTITLED, 'icecast', at(6));
    expect(stays).toMatchObject({ outcome: 'unchanged', play: { id: 4, title: 'Pounding' } });
    expect(store.history(10).map((play) => play.title || (play.offAir ? 'off' : 'on'))).toEqual([
      'Pounding',
      'on',
      'off',
      'Mirrorball',
    ]);
  });

  it('takes an untitled source as on air from a first start, and leaves it out of playlists', () => {
    expect(store.record(UNTITLED, 'icecast', at(1)).outcome).toBe('new');
    store.record({ artist: 'A', title: 'Named' }, 'icecast', at(2));
    store.recordOffAir('icecast', at(3));
    store.record(UNTITLED, 'icecast', at(4));
    expect(store.playsBetween(at(0), at(10), 10).map((play) => play.title)).toEqual(['Named']);
  });

  it('takes the start time a source knows, and the live presenter', () => {
    const { play } = store.record(
      { artist: 'A', title: 'B', startedAt: '2026-03-28T23:58:30.000Z', streamer: 'DJ Dee' },
      'azuracast',
      at(1),
    );
    expect(play).toMatchObject({ startedAt: '2026-03-28T23:58:30.000Z', streamer: 'DJ Dee' });
  });

  it('lists the plays after an id, oldest first, for a client catching up', () => {
    for (let i = 1; i <= 4; i++) store.record({ artist: 'X', title: `Track ${i}` }, 'push', at(i));
    expect(store.playsAfter(2, 10).map((play) => play.id)).toEqual([3, 4]);
    expect(store.playsAfter(0, 2).map((play) => play.id)).toEqual([1, 2]);
    expect(store.playsAfter(4, 10)).toEqual([]);
    expect(store.play(3)).toMatchObject({ title: 'Track 3' });
    expect(store.play(99)).toBeNull();
  });

  it('upgrades a database written by the previous schema, keeping its plays', () => {
    store.close();
    const v1 = path.join(dir, 'v1');
    mkdirSync(v1);
    const db = new Database(path.join(v1, DATABASE_FILE));
    db.exec(`CREATE TABLE plays (
      id INTEGER PRIMARY KEY AUTOINCREMENT, artist TEXT NOT NULL, title TEXT NOT NULL,
      artwork TEXT, duration REAL,
      source TEXT NOT NULL CHECK (source IN ('push', 'icecast', 'azuracast')),
      started_at TEXT NOT NULL) STRICT;`);
    db.prepare('INSERT INTO plays (artist, title, source, started_at) VALUES (?, ?, ?, ?)').run(
      'Doves',
      'Pounding',
      'icecast',
      '2026-03-29T00:00:00.000Z',
    );
    db.pragma('user_version = 1');
    db.close();
    store = openNowPlayingStore({ dir: v1 });
    expect(store.current()).toEqual({
      id: 1,
      artist: 'Doves',
      title: 'Pounding',
      startedAt: '2026-03-29T00:00:00.000Z',
      source: 'icecast',
    });
    expect(store.recordOffAir('icecast', at(5)).play.id).toBe(2);
  });
});
