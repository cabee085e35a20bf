import type { AiringView, AiringWords } from './airing-view';
import { formatShortDate, formatTime, formatTimeWithZone, inOneZone } from '@/lib/time/london';

/** An airing written in London time, as `NextAiring` and `ShowTimes` would write it. */
export function writeAiring(airing: AiringView): AiringWords {
  const [start, end] = [new Date(airing.start), new Date(airing.end)];
  const oneZone = inOneZone(start, end);
  const write = oneZone ? formatTime : formatTimeWithZone;
  return {
    of: airing.start,
    date: formatShortDate(start),
    start: write(start),
    end: write(end),
    until: formatTime(end),
    oneZone,
  };
}
