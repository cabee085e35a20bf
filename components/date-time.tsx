import { formatDate, formatDateline } from '@/lib/time/london';

type Props = {
  /** An ISO 8601 instant, with its offset. */
  iso: string;
  /** `dateline`: weekday, date, time and zone; `date`: the date alone. */
  format?: 'dateline' | 'date';
  className?: string;
};

/** Every date a reader sees goes through here: machine-readable, and in London time. */
export function DateTime({ iso, format = 'date', className }: Props) {
  const date = new Date(iso);
  const text = format === 'dateline' ? formatDateline(date) : formatDate(date);
  return (
    <time dateTime={iso} className={className}>
      {text}
    </time>
  );
}
