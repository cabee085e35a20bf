/**
 * A listed run of airings as the browser needs it to follow the clock: each airing's start,
 * plus the end of the last. Airings are contiguous, each ending where the next starts
 * (see ./README.md "Occurrences"), so nothing else is needed, and it is small to send.
 */
export type AiringRun = { starts: string[]; end: string };

export type CurrentAiring = {
  /** The `starts` entry of the airing on at that instant; null before the run or after it. */
  current: string | null;
  /** When the answer next changes (ms since the epoch); null once the run is over. */
  changesAt: number | null;
};

/** Which airing of the run is on at `at` (ms since the epoch), and when that changes. */
export function findCurrentAiring({ starts, end }: AiringRun, at: number): CurrentAiring {
  const boundaries = [...starts, end].map((iso) => Date.parse(iso));
  const index = boundaries.findLastIndex((time) => time <= at);
  const isOn = index >= 0 && index < starts.length;
  return {
    current: isOn ? (starts[index] ?? null) : null,
    changesAt: boundaries[index + 1] ?? null,
  };
}
