import type { Metadata } from 'next';
import { LiveSchedule } from '@/components/schedule/live-schedule';
import { station } from '@/lib/config';

export const metadata: Metadata = {
  title: 'Programme schedule',
  description: `What's on ${station.stationName} for the next seven days, show by show, in UK time.`,
  alternates: { canonical: '/schedule' },
};

export default function SchedulePage() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="font-serif text-4xl font-bold">Programme schedule</h1>
      <p className="mt-2 max-w-2xl text-lg text-muted">
        What&apos;s on {station.stationName} for the next seven days, starting with today.
      </p>
      <LiveSchedule />
    </div>
  );
}
