import scheduleJson from '../../content/schedule.json';
import { parseSchedule } from './schema';

/**
 * The station's validated schedule. Parsed at import, so a gap, overlap or unknown show in
 * `content/schedule.json` fails the build (and `next start`) with a message naming it.
 * Plain JSON and pure code: safe to import from server and client components alike.
 */
export const schedule = parseSchedule(scheduleJson, 'content/schedule.json');
