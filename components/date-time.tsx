import {
  formatDate,
  formatDateline,
  formatLondonIso,
  formatLongDate,
  formatShortDate,
  formatTime,
  formatUpdatedAt,
  formatTimeWithZone,
  formatWeekdayOfDate,
} from '@/lib/time/london';

type Format =
  /** "Mon 16 Jun 2025 12.00 BST", the Guardian's dateline. */
  | 'dateline'
  /** "16 June 2025". */
  | 'date'
  /** "Friday 27 November". */
  | 'long-date'
  /** "Tue 1 Dec". */
  | 'short-date'
  /** "11:00pm", where the page says nearby that times are UK time. */
  | 'time'
  /** "11:00pm GMT", where nothing else says which zone. */
  | 'time-zone'
  /** "2:05pm GMT", or "Sun 2:05pm GMT" when not on the day of `now`. */
  | 'updated'
  /** "Mon", of a calendar date ("2026-11-30"), not an instant. */
  | 'weekday';

type Props = {
  /** An ISO 8601 instant with its offset (a calendar date for `weekday`), or a Date. */
  value: string | Date;
  format?: Format;
  /** For `updated`: the moment the page was made. */
  now?: Date;
  /**
   * The text, as the server wrote it in `format`: an island hydrating with it makes no
   * formatter (the first one a page makes costs a phone ~0.1 s: docs/performance.md).
   */
  written?: string;
  className?: string;
};

/**
 * Every date and time a reader sees goes through here: machine-readable in `dateTime`, and
 * written in London time (lib/time/london.ts), whatever zone the server or the reader is in.
 */
export function DateTime({ value, format = 'date', now, written, className }: Props) {
  const date = typeof value === 'string' ? new Date(value) : value;
  const dateTime = typeof value === 'string' ? value : formatLondonIso(value);
  return (
    <time dateTime={dateTime} className={className}>
      {written ??
        (format === 'weekday' && typeof value === 'string'
          ? formatWeekdayOfDate(value)
          : write(date, format, now))}
    </time>
  );
}

function write(date: Date, format: Format, now = date): string {
  switch (format) {
    case 'dateline':
      return formatDateline(date);
    case 'long-date':
      return formatLongDate(date);
    case 'short-date':
      return formatShortDate(date);
    case 'time':
      return formatTime(date);
    case 'time-zone':
      return formatTimeWithZone(date);
    case 'updated':
      return formatUpdatedAt(date, now);
    default:
      return formatDate(date);
  }
}
