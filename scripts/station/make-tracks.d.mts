// Types for make-tracks.mjs.
export interface Track {
  /** Absolute path of the MP3 file. */
  file: string;
  artist: string;
  title: string;
  /** Exact length: MP3 frames × 1152 / 44100. */
  seconds: number;
}

export interface TrackInput {
  file: string;
  artist: string;
  title: string;
  seconds?: number;
}

export declare const REPO_ROOT: string;
export declare const DEFAULT_TRACKS_DIR: string;
export declare const TRACK_SPECS: ReadonlyArray<{
  slug: string;
  artist: string;
  title: string;
  expr: string;
}>;

export declare function makeTracks(options?: {
  dir?: string;
  seconds?: number;
  count?: number;
}): Promise<Track[]>;
export declare function mp3Seconds(file: string): Promise<number>;
/** "Artist - Title". */
export declare function trackTitle(track: { artist: string; title: string }): string;
