// Types for measure-start.mjs.
import type { Browser } from '@playwright/test';

export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: string[];

export interface ClickToSoundRun {
  /** ms from play() to the first `playing` event. */
  playingMs: number | null;
  /** ms from play() to currentTime > 0. */
  advancingMs: number;
  /** RMS of the samples seen through Web Audio while listening (0 = silent). */
  rms: number;
  /** currentTime progress ÷ wall-clock time while listening (≈1). */
  rate: number;
}

export interface ClickToSoundResult {
  streamUrl: string;
  runs: ClickToSoundRun[];
  medianPlayingMs: number;
  medianAdvancingMs: number;
  minRms: number;
  medianRate: number;
}

export declare function median(values: number[]): number;
export declare function measureClickToSound(options: {
  streamUrl: string;
  runs?: number;
  executablePath?: string;
  timeoutMs?: number;
  listenMs?: number;
  browser?: Browser;
}): Promise<ClickToSoundResult>;
