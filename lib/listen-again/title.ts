import { formatLongDate, formatTimeWithZone } from '@/lib/time/london';

/**
 * "Drivetime, Tuesday 1 December, 4:00pm GMT": an episode's title, in UK time with its zone. The
 * same on its page, in the podcast feed and in the MP3's own tags, which podcast apps show.
 */
export const episodeTitle = (show: { name: string }, airing: { start: string | Date }) => {
  const start = new Date(airing.start);
  return `${show.name}, ${formatLongDate(start)}, ${formatTimeWithZone(start)}`;
};
