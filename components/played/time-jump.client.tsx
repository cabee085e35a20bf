'use client';

// Island: "what was that song at about quarter past eight?" Moves to the play that was on then.
import { useId, useState, type FormEvent } from 'react';
import { useHydrated } from '@/components/use-hydrated';
import { playAtTime } from '@/lib/played/day';
import type { LondonDate } from '@/lib/time/london-calendar';

/**
 * A time field that moves focus to the play on at that time (the last to start by then), read
 * from the rows on the page (./played-hours.tsx), so it follows today's list as it grows and
 * ships no copy of the plays. Shown once it works: without JavaScript the hour links do the job.
 */
export function TimeJump({ date }: { date: LondonDate }) {
  const hydrated = useHydrated();
  const inputId = useId();
  const [message, setMessage] = useState('');
  if (!hydrated) return <div className="min-h-11" />;

  function jump(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const time = String(new FormData(event.currentTarget).get('time') ?? '');
    const rows = [...document.querySelectorAll<HTMLElement>('#played-list li[id^="play-"]')].map(
      (row) => ({ row, startedAt: row.querySelector('time')?.dateTime ?? '' }),
    );
    const found = playAtTime(date, rows, time.slice(0, 5));
    if (!found) {
      setMessage(rows.length === 0 ? 'Nothing was played on this day.' : 'Enter a time.');
      return;
    }
    setMessage('');
    history.replaceState(null, '', `#${found.row.id}`);
    found.row.scrollIntoView({ block: 'center' });
    found.row.focus({ preventScroll: true });
  }

  return (
    <form onSubmit={jump} aria-label="Find a time" className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col">
        <label htmlFor={inputId} className="text-sm font-semibold">
          Time
        </label>
        <input
          id={inputId}
          name="time"
          type="time"
          required
          className="min-h-11 rounded-sm border border-muted px-2"
        />
      </div>
      <button
        type="submit"
        className="min-h-11 rounded-sm bg-brand px-4 font-semibold text-paper hover:bg-brand-dark"
      >
        Find the song
      </button>
      <p role="status" className="w-full text-sm text-muted">
        {message}
      </p>
    </form>
  );
}
