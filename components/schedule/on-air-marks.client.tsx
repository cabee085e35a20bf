'use client';

// Island: these follow the clock in the browser (CurrentAiringProvider), not the server's render.
import type { ReactNode } from 'react';
import { useIsOnAir } from './current-airing.client';

type ItemProps = { start: string; children: ReactNode };

// Narrow: times above the name, image at the side. From `sm`: times | show | image in columns.
const itemClass =
  'grid grid-cols-[minmax(0,1fr)_auto] gap-x-4 gap-y-1 border-l-4 border-l-transparent py-4 pr-2 pl-3 sm:grid-cols-[10.5rem_minmax(0,1fr)_auto] aria-[current=true]:border-l-live aria-[current=true]:bg-wash';

/** A listed show; `aria-current` marks it while on air, and its highlight keys off that. */
export function AiringItem({ start, children }: ItemProps) {
  const onAir = useIsOnAir(start);
  return (
    <li aria-current={onAir ? 'true' : undefined} className={itemClass}>
      {children}
    </li>
  );
}

/** "On air now", in words as well as colour, while the show is on. */
export function OnAirBadge({ start }: { start: string }) {
  if (!useIsOnAir(start)) return null;
  return (
    <span className="inline-flex items-center gap-1.5 rounded-sm bg-live px-2 py-0.5 text-xs font-bold tracking-wider text-white uppercase">
      <span aria-hidden="true" className="size-2 rounded-full bg-white" />
      On air now
    </span>
  );
}

/** Shows its content only while the airing is on (a show still running from last night). */
export function WhileOnAir({ start, children }: { start: string; children: ReactNode }) {
  return useIsOnAir(start) ? children : null;
}
