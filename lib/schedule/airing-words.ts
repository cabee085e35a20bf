import type { AiringView, AiringWords } from './airing-view';
import { formatShortDate, formatTime, formatZoneAbbr } from '@/lib/time/london';

/** An airing written in London time, as `NextAiring` and `ShowTimes` would write it. */
export function writeAiring(airing: AiringView): AiringWords {
  const [start, end] = [new Date(airing.start), new Date(airing.end)];
  const oneZone = formatZoneAbbr(start) === formatZoneAbbr(end);
  const write = (date: Date) =>
    oneZone ? formatTime(date) : `${formatTime(date)} ${formatZoneAbbr(date)}`;
  return {
    of: airing.start,
    date: formatShortDate(start),
    start: write(start),
    end: write(end),
    until: formatTime(end),
    oneZone,
  };
}
