import {
  parseEpisodePositions,
  withPosition,
  type EpisodePositions,
} from '@/lib/player/stored-settings';

/**
 * Where the listener left each episode, in localStorage (it outlives the tab: "carry on where I
 * stopped" tomorrow). A position in the first few seconds is not worth offering.
 */
const KEY = 'oldham-reporter-player:episode-positions';
const WORTH_KEEPING_S = 5;

function read(): EpisodePositions {
  try {
    return parseEpisodePositions(localStorage.getItem(KEY));
  } catch {
    return {};
  }
}

function write(positions: EpisodePositions) {
  try {
    localStorage.setItem(KEY, JSON.stringify(positions));
  } catch {
    // Storage full or switched off: the episode starts from the beginning next time.
  }
}

export const readPosition = (key: string): number | null => read()[key]?.s ?? null;

export function rememberPosition(key: string, seconds: number) {
  write(withPosition(read(), key, seconds >= WORTH_KEEPING_S ? seconds : null, Date.now()));
}

export const forgetPosition = (key: string) => write(withPosition(read(), key, null, Date.now()));
