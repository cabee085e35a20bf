import { resolveOnAir, type Occurrence } from '@/lib/schedule/resolve';
import type { Schedule } from '@/lib/schedule/schema';

/** An occurrence as plain data, the same on the server and in the browser. */
export type AiringView = {
  showId: string;
  show: string;
  presenters: string[];
  image?: string;
  start: string;
  end: string;
};

export type OnAirView = { now: AiringView; next: AiringView };

const toView = ({ showId, show, presenters, image, start, end }: Occurrence): AiringView => ({
  showId,
  show,
  presenters,
  ...(image ? { image } : {}),
  start: start.toISOString(),
  end: end.toISOString(),
});

/** What is on air at `at` and what follows, ready to render. */
export function onAirViewAt(schedule: Schedule, at: Date): OnAirView {
  const { now, next } = resolveOnAir(schedule, at);
  return { now: toView(now), next: toView(next) };
}
