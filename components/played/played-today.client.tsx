'use client';

// Island: today's plays grow in an open tab as tracks start, from the same push as the strip.
import { useReceivedPlays } from '@/components/live/live-channel';
import { withReceived } from '@/lib/played/day';
import type { PlayWithShow } from '@/lib/played/plays';
import type { AiringView } from '@/lib/schedule/airing-view';
import type { LondonDate } from '@/lib/time/london-calendar';
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
  const plays = withReceived(date, initial, received, airings);
  if (plays.length === 0) {
    return <p className="text-muted">Nothing has been played yet today.</p>;
  }
  return <PlayedHours date={date} plays={plays} clocksChange={clocksChange} />;
}
