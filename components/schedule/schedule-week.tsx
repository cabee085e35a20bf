import { AiringList } from './airing-list';
import { CurrentAiringProvider } from './current-airing.client';
import { DayNav } from './day-nav';
import { WhileOnAir } from './on-air-marks.client';
import { ScheduleDay } from './schedule-day';
import { ScheduleLayout } from './schedule-layout';
import { TimeZoneNote } from './time-zone-note';
import { JsonLd } from '@/components/article/json-ld';
import { station } from '@/lib/config';
import { broadcastEventsJsonLd } from '@/lib/schedule/broadcast-json-ld';
import { findCurrentAiring } from '@/lib/schedule/current-airing';
import { DAY_NAMES, DAYS } from '@/lib/schedule/days';
import { isoWeekdayIndex, londonWallTimeToInstant } from '@/lib/time/london-calendar';
import { getWeek, resolveOnAir, type Occurrence } from '@/lib/schedule/resolve';
import type { Schedule } from '@/lib/schedule/schema';

type Props = { schedule: Schedule; at: Date };

const weekdayOf = (date: string) => DAY_NAMES[DAYS[isoWeekdayIndex(date)] ?? 'mon'];

/**
 * Seven days from today, the show on air at `at` marked. A show still running from last night
 * is listed under yesterday, which is not shown; it gets a line of its own until it ends.
 */
export function ScheduleWeek({ schedule, at }: Props) {
  const days = getWeek(schedule, at);
  const onAir = resolveOnAir(schedule, at).now;
  const today = days[0]?.date ?? '';
  const stillOnAir = +onAir.start < +londonWallTimeToInstant(today, 0) ? onAir : undefined;
  const listed: Occurrence[] = [
    ...(stillOnAir ? [stillOnAir] : []),
    ...days.flatMap((day) => day.occurrences),
  ];
  const run = {
    starts: listed.map((occurrence) => occurrence.start.toISOString()),
    end: (listed.at(-1)?.end ?? at).toISOString(),
  };
  const anchored = days.map((day, index) => ({
    day,
    anchor: weekdayOf(day.date).toLowerCase(),
    label: index < 2 ? day.label : weekdayOf(day.date),
  }));

  return (
    <CurrentAiringProvider {...run} initialCurrent={findCurrentAiring(run, +at).current}>
      <JsonLd data={broadcastEventsJsonLd(listed, station.stationName)} />
      <ScheduleLayout
        note={<TimeZoneNote from={listed[0]?.start ?? at} to={new Date(run.end)} />}
        nav={<DayNav days={anchored} />}
      >
        {stillOnAir ? (
          <WhileOnAir start={stillOnAir.start.toISOString()}>
            <div>
              <p className="text-lg font-bold">Still on air from last night</p>
              <AiringList occurrences={[stillOnAir]} />
            </div>
          </WhileOnAir>
        ) : null}
        {anchored.map(({ day, anchor }) => (
          <ScheduleDay key={day.date} day={day} anchor={anchor} />
        ))}
      </ScheduleLayout>
    </CurrentAiringProvider>
  );
}
