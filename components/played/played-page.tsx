import Link from 'next/link';
import { DateTime } from '@/components/date-time';
import { TimeZoneNote } from '@/components/schedule/time-zone-note';
import type { PlayedDay } from '@/lib/cache/live-data';
import { clocksChangeOn, londonDayBounds, playedDayPath } from '@/lib/played/day';
import { addCalendarDays, type LondonDate } from '@/lib/time/london-calendar';
import { ArtworkFallback } from './artwork-fallback.client';
import { PlayedHours } from './played-hours';
import { PlayedToday } from './played-today.client';
import { TimeJump } from './time-jump.client';

type Props = { day: Extract<PlayedDay, { status: 'kept' | 'unavailable' }> };

/**
 * "What played": one UK day's tracks by the hour, with a time field to find a song, links to
 * each hour (which work without JavaScript), and the days either side. Today's grows live.
 */
export function PlayedPage({ day }: Props) {
  const { date } = day;
  const { from, to } = londonDayBounds(date);
  const middayOf = new Date((+from + +to) / 2);
  const clocksChange = clocksChangeOn(date);
  const today = day.status === 'kept' && day.isToday;

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-4xl font-bold">
        {today ? 'Played today' : 'Played on '}
        {today ? null : <DateTime value={middayOf} format="long-date" />}
      </h1>
      <div className="mt-2 max-w-2xl text-lg text-muted">
        <p>
          Every track on air {today ? 'today, ' : 'on '}
          <DateTime value={middayOf} format="long-date" />
          {today ? ', as it plays' : ''}, with the show it was in.
        </p>
        <TimeZoneNote from={from} to={to} />
      </div>
      <DayLinks day={day} />

      {day.status === 'unavailable' ? (
        <p className="mt-8">The list of what played is not available right now.</p>
      ) : (
        <>
          {day.historyBeginsAt ? (
            <p className="mt-6 rounded-md bg-wash p-4">
              Our list begins at <DateTime value={day.historyBeginsAt} format="time-zone" /> on this
              day: nothing played before then is kept.
            </p>
          ) : null}
          {day.plays.length > 0 || today ? (
            <div className="mt-6">
              <TimeJump date={date} />
            </div>
          ) : null}
          <ArtworkFallback />
          <div className="mt-6">
            {today ? (
              <PlayedToday
                date={date}
                initial={day.plays}
                airings={day.airings}
                clocksChange={clocksChange}
              />
            ) : day.plays.length === 0 ? (
              <p>Nothing was played on this day: the station logged no tracks.</p>
            ) : (
              <PlayedHours date={date} plays={day.plays} clocksChange={clocksChange} />
            )}
          </div>
        </>
      )}
    </div>
  );
}

/** The day before (where it is kept) and the day after (up to today). */
function DayLinks({ day }: Props) {
  const before = addCalendarDays(day.date, -1);
  const after = addCalendarDays(day.date, 1);
  const showBefore = day.status === 'kept' && day.dayBeforeKept;
  const showAfter = day.status === 'kept' && !day.isToday;
  if (!showBefore && !showAfter) return null;
  const startOf = (date: LondonDate) => londonDayBounds(date).from;
  return (
    <nav aria-label="Other days" className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
      {showBefore ? (
        <Link href={playedDayPath(before)} prefetch={false} className="text-brand underline">
          ← <DateTime value={startOf(before)} format="short-date" />
        </Link>
      ) : null}
      {showAfter ? (
        <Link href={playedDayPath(after)} prefetch={false} className="text-brand underline">
          <DateTime value={startOf(after)} format="short-date" /> →
        </Link>
      ) : null}
    </nav>
  );
}
