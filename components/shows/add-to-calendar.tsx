import { absoluteUrl } from '@/lib/config';
import { webcalUrl } from '@/lib/shows/paths';

/**
 * "Add to calendar": a subscription (webcal://, which calendar apps keep up to date) and the
 * file itself, for apps that only import.
 */
export function AddToCalendar({ path, what }: { path: string; what: string }) {
  return (
    <p className="flex flex-wrap gap-x-4 gap-y-2 text-sm" data-print="hide">
      <a href={webcalUrl(absoluteUrl(path))} className="font-semibold text-brand underline">
        Add {what} to your calendar
      </a>
      <a href={path} download className="text-brand underline">
        Download the calendar file (.ics)
      </a>
    </p>
  );
}
