/**
 * A show's airing as plain data, the same on the server and in the browser: what the live strip
 * and the player need, and no more. Pure and small: it ships in the strip's island.
 */
export type AiringView = {
  /** The show's id in content/schedule.json, also the slug of its page. */
  showId: string;
  show: string;
  image?: string;
  /** ISO 8601 instants. */
  start: string;
  end: string;
};

export type OnAirView = { now: AiringView; next: AiringView };

/** The times of an OnAirView as the server wrote them ("11:00pm"), for the strip's first render. */
export type OnAirTimes = { nowStart: string; nowEnd: string; nextStart: string };

/**
 * What is on at `at` (ms since the epoch) and what follows, from a run of contiguous airings;
 * null when the run does not cover that moment and the one after it.
 */
export function onAirFromList(airings: readonly AiringView[], at: number): OnAirView | null {
  const index = airings.findIndex(
    (airing) => Date.parse(airing.start) <= at && at < Date.parse(airing.end),
  );
  const now = airings[index];
  const next = airings[index + 1];
  return now && next ? { now, next } : null;
}
