import type { ReactNode } from 'react';

type Props = { note: ReactNode; nav: ReactNode; children: ReactNode };

/** The schedule's frame: the time-zone note, the day links and the days. */
export function ScheduleLayout({ note, nav, children }: Props) {
  return (
    <div className="mt-6">
      <div className="rounded-sm border-l-4 border-brand bg-wash px-4 py-3">{note}</div>
      <div className="mt-6 lg:grid lg:grid-cols-[11rem_minmax(0,1fr)] lg:items-start lg:gap-10">
        {nav}
        <div className="mt-8 space-y-10 lg:mt-0">{children}</div>
      </div>
    </div>
  );
}
