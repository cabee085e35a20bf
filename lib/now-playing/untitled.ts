import type { NowPlaying, TrackInput } from './track';

/**
 * On air, naming no track: a source that is up but sends no title (ffmpeg without metadata, an
 * encoder with its metadata off, an Opus mount). It is a play with no artist and no title, so a
 * station that comes back without a title is on air again, and pages show the show on air and
 * the station in the track's place. It never replaces a play that names a track.
 * Kept apart from track.ts (and its zod) because the browser's islands use it too.
 */
export const UNTITLED: TrackInput = { artist: '', title: '' };

/** An on-air play that names no track (UNTITLED as stored). */
export const isUntitled = (play: Pick<NowPlaying, 'title' | 'offAir'>): boolean =>
  !play.offAir && play.title === '';
