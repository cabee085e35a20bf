'use client';

import { useCallback, useState } from 'react';
import { publishCurrentShow } from './current-show-store';
import { useBoundaryTimer } from './use-boundary-timer';
import { onAirFromList, type AiringView, type OnAirView } from '@/lib/schedule/airing-view';
import type { OnAirJson } from '@/lib/schedule/resolve';

// A failed answer from the server is tried again this much later.
const RETRY_MS = 60_000;

/**
 * The show on air, recomputed in the browser at each boundary from the coming days' airings: no
 * polling. Starts from the server's answer (so hydration matches), then follows the browser's
 * clock, which also corrects a page that was served from a cache some time ago. A moment the
 * list does not cover (a tab left open for days, a computer clock far from the station's) is
 * asked of `GET /api/on-air`.
 */
export function useOnAir(initial: OnAirView, upcoming: AiringView[]): OnAirView {
  const [view, setView] = useState(initial);

  const update = useCallback(() => {
    const show = (next: OnAirView) => {
      setView((current) => (sameAiring(current, next) ? current : next));
      publishCurrentShow(next.now);
      return Date.parse(next.now.end);
    };
    const at = Date.now();
    const known = onAirFromList(upcoming, at);
    if (known) return show(known);
    return askServer(at).then(
      (answer) => (answer ? show(answer) : Date.now() + RETRY_MS),
      () => Date.now() + RETRY_MS,
    );
  }, [upcoming]);
  useBoundaryTimer(update);

  return view;
}

const sameAiring = (a: OnAirView, b: OnAirView) => JSON.stringify(a) === JSON.stringify(b);

async function askServer(at: number): Promise<OnAirView | null> {
  const response = await fetch(`/api/on-air?at=${encodeURIComponent(new Date(at).toISOString())}`);
  if (!response.ok) return null;
  const body = (await response.json()) as { now?: OnAirJson; next?: OnAirJson };
  return body.now && body.next ? { now: fromJson(body.now), next: fromJson(body.next) } : null;
}

// Our own API, but still text off the network: only well-formed answers are shown.
function fromJson({ id, show, image, start, end }: OnAirJson): AiringView {
  if (typeof id !== 'string' || typeof show !== 'string' || Number.isNaN(Date.parse(end))) {
    throw new Error('Unexpected answer from /api/on-air');
  }
  return {
    showId: id,
    show,
    ...(typeof image === 'string' ? { image } : {}),
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
  };
}
