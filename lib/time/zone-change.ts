import { tzOffset } from '@date-fns/tz/tzOffset';
import { formatZoneAbbr } from './london';
import { LONDON } from './london';

const MINUTE = 60_000;

export type ZoneChange = {
  /** The instant the clocks change. */
  at: Date;
  direction: 'forward' | 'back';
  /** "GMT" → "BST" in spring, "BST" → "GMT" in autumn. */
  from: string;
  to: string;
  /** What London's clocks read as they change, on the old time: "1:00am" in spring, "2:00am" in autumn. */
  clockReads: string;
};

const offsetAt = (time: number) => tzOffset(LONDON, new Date(time));

/** "1:00am": a wall-clock reading given as minutes after midnight. */
function formatWallMinutes(minutes: number): string {
  const hour = Math.floor(minutes / 60) % 24;
  const minute = String(minutes % 60).padStart(2, '0');
  return `${hour % 12 || 12}:${minute}${hour < 12 ? 'am' : 'pm'}`;
}

/**
 * London's clock change within [from, to), if there is one; for a span of a week or less there
 * is at most one. Readers of a listing that crosses it need telling, since an hour goes missing
 * (or happens twice) overnight.
 */
export function findZoneChange(from: Date, to: Date): ZoneChange | undefined {
  const before = offsetAt(+from);
  const after = offsetAt(+to - 1);
  if (before === after) return undefined;
  // The first instant on the new offset: London's changes fall on whole minutes since 1847.
  let low = +from;
  let high = +to - 1;
  while (high - low > MINUTE) {
    // At least a minute on: with less, a span of under two minutes would never narrow.
    const middle = low + Math.max(MINUTE, Math.floor((high - low) / 2 / MINUTE) * MINUTE);
    if (offsetAt(middle) === before) low = middle;
    else high = middle;
  }
  const at = new Date(Math.floor(high / MINUTE) * MINUTE);
  const wallMinutes = (((at.getTime() / MINUTE + before) % 1440) + 1440) % 1440;
  return {
    at,
    direction: after > before ? 'forward' : 'back',
    from: formatZoneAbbr(new Date(+at - 1)),
    to: formatZoneAbbr(at),
    clockReads: formatWallMinutes(wallMinutes),
  };
}
