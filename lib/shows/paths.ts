/** Where a show lives on the site: its page and its calendar (a show's id is its slug). */
export const showPath = (showId: string) => `/shows/${showId}`;
export const showCalendarPath = (showId: string) => `/shows/${showId}.ics`;
export const SCHEDULE_CALENDAR_PATH = '/schedule.ics';

/** The same calendar for a subscription that stays up to date (webcal://), from a full URL. */
export const webcalUrl = (url: URL | string) => String(url).replace(/^https?:/, 'webcal:');
