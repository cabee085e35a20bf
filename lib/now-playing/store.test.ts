import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, openNowPlayingStore, type NowPlayingStore } from './store';

let dir: string;
let store: NowPlayingStore;
const at = (minute: number) => new Date(Date.UTC(2026, 2, 29, 0, minute));

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'now-playing-store-'));
  store = openNowPlayingStore({ dir });
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('now-playing store', () => {
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
    store = openNowPlayingStore({ dir, keepPlays: 3 });
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
    store = openNowPlayingStore({ dir });
    expect(store.current()).toMatchObject({ id: 2, title: 'Two', source: 'azuracast' });
    expect(store.history(10)).toHaveLength(2);
    expect(store.record({ artist: 'b', title: 'two' }, 'icecast', at(3)).outcome).toBe('unchanged');
  });

  it('uses WAL and records its schema version', () => {
    const db = new Database(path.join(dir, DATABASE_FILE), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
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
});
