'use client';

// Island: today's plays grow in an open tab as tracks start, from the same push as the strip.
import { useReceivedPlays } from '@/components/live/live-channel';
import { airingAt } from '@/lib/played/day';
import type { PlayWithShow } from '@/lib/played/plays';
import type { AiringView } from '@/lib/schedule/airing-view';
import { londonDateOf, type LondonDate } from '@/lib/time/london-calendar';
import { PlayedHours } from './played-hours';

type Props = {
  date: LondonDate;
  /** What the page was cached with, oldest first. */
  initial: PlayWithShow[];
  /** The day's airings: which show a new play is in. */
  airings: AiringView[];
  clocksChange: boolean;
};

export function PlayedToday({ date, initial, airings, clocksChange }: Props) {
  const received = useReceivedPlays();
  const byId = new Map(initial.map((play) => [play.id, play]));
  // Received newest first: the oldest goes in first, and a replayed play (its artwork filled in
  // since) replaces the copy the page was cached with.
  for (const play of [...received].reverse()) {
    if (play.offAir || !play.title || londonDateOf(new Date(play.startedAt)) !== date) continue;
    const airing = airingAt(airings, Date.parse(play.startedAt));
    const show = airing
      ? { id: airing.showId, name: airing.show, ...(airing.image ? { image: airing.image } : {}) }
      : null;
    byId.set(play.id, { ...play, show: byId.get(play.id)?.show ?? show });
  }
  const plays = [...byId.values()].sort(
    (a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt) || a.id - b.id,
  );
  if (plays.length === 0) {
    return <p className="text-muted">Nothing has been played yet today.</p>;
  }
  return <PlayedHours date={date} plays={plays} clocksChange={clocksChange} />;
}
