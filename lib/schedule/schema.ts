import { z } from 'zod';
import { DAYS } from './days';
import { findScheduleIssues } from './schedule-issues';

const showId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Expected a show id in kebab-case, e.g. "oldham-breakfast"');

// Wall-clock time in Europe/London; an end at or before the start runs past midnight.
const wallTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a 24-hour time "HH:MM", e.g. "06:00" or "23:30"');

export const showSchema = z.strictObject({
  id: showId,
  name: z.string().trim().min(1),
  presenters: z.array(z.string().trim().min(1)),
  description: z.string().trim().min(1),
  image: z
    .string()
    .regex(
      /^\/images\/shows\/[a-z0-9-]+\.(svg|png|jpe?g|webp)$/,
      'Expected a path under /images/shows/, e.g. "/images/shows/oldham-breakfast.svg"',
    )
    .optional(),
  // Days each airing stays to listen again (and in the show's podcast); 0 for a show whose music
  // rights allow no on-demand. Unset: the station's `listenAgainDays` (content/station.json).
  listenAgainDays: z.number().int().min(0).max(366).optional(),
});

export const slotSchema = z.strictObject({
  day: z.enum(DAYS),
  start: wallTime,
  end: wallTime,
  show: showId,
});

/** A one-off special on a London date; regular shows it overlaps are clipped around it. */
export const overrideSchema = z.strictObject({
  date: z.iso.date('Expected a date "YYYY-MM-DD", e.g. "2026-12-25"'),
  start: wallTime,
  end: wallTime,
  show: showId,
});

const scheduleShape = z.strictObject({
  shows: z.array(showSchema).min(1),
  slots: z.array(slotSchema).min(1),
  overrides: z.array(overrideSchema).default([]),
});

export const scheduleSchema = scheduleShape.superRefine((schedule, ctx) => {
  for (const issue of findScheduleIssues(schedule)) {
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  }
});

export type Show = z.infer<typeof showSchema>;
export type Slot = z.infer<typeof slotSchema>;
export type Override = z.infer<typeof overrideSchema>;
export type Schedule = z.infer<typeof scheduleShape>;

/**
 * Validates a schedule's structure, then that the regular week covers all 168 hours exactly
 * once and every slot names a known show. Throws one error listing every problem, naming the
 * day and times, so a bad `content/schedule.json` stops the build with a readable message.
 */
export function parseSchedule(json: unknown, source = 'schedule'): Schedule {
  const result = scheduleSchema.safeParse(json);
  if (!result.success) {
    throw new Error(`Invalid ${source}:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}
