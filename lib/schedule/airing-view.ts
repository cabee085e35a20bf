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

/**
 * Of a show's airings in order, the one on at `at` (ms since the epoch) or the next one, whether
 * it is on, and when that answer next changes (null when no airing is left).
 */
export function airingAt(airings: readonly AiringView[], at: number) {
  const airing = airings.find((candidate) => Date.parse(candidate.end) > at);
  if (!airing) return { airing: undefined, onAir: false, changesAt: null };
  const start = Date.parse(airing.start);
  return { airing, onAir: start <= at, changesAt: start > at ? start : Date.parse(airing.end) };
}

/**
 * An airing as the server wrote it, for an island's first render: hydrating with these words,
 * it makes no time-zone formatter (the first costs a phone ~0.1 s: docs/performance.md).
 */
export type AiringWords = {
  /** The start of the airing these words are of. */
  of: string;
  /** "Tue 1 Dec". */
  date: string;
  /** Its start and end as ShowTimes writes them: "11:00pm", or "11:00pm GMT" across a clock change. */
  start: string;
  end: string;
  /** Its end alone, "1:00am". */
  until: string;
  /** Whether both ends are in one zone (GMT or BST). */
  oneZone: boolean;
};
