import Link from 'next/link';
import { KEEP_PLAYS } from '@/lib/now-playing/track';

/** A day outside the play history: before the oldest play kept, or still to come. */
export default function PlayedDayNotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-4xl font-bold">No list for this day</h1>
      <p className="mt-4 max-w-2xl text-lg">
        We keep the last {KEEP_PLAYS.toLocaleString('en-GB')} tracks played on air, about three
        weeks, and this day is not among them: it is older than that, or still to come.
      </p>
      <p className="mt-4">
        <Link href="/played" className="text-brand underline">
          See what has played today
        </Link>
      </p>
    </div>
  );
}
