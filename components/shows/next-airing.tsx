import { NextAiringIsland } from './next-airing-island.client';
import { airingAt, type AiringView } from '@/lib/schedule/airing-view';
import { writeAiring } from '@/lib/schedule/airing-words';

type Props = {
  /** The show's airings from `renderedAt` on, in order. */
  airings: AiringView[];
  /** When the page was made. */
  renderedAt: string;
};

/**
 * "On air now, until 1:00am UK time" or "Next on Tue 1 Dec, 11:00pm - 1:00am UK time", kept
 * right by the browser's clock; the server writes the first answer, so hydrating makes no
 * time-zone formatter.
 */
export function NextAiring({ airings, renderedAt }: Props) {
  const { airing } = airingAt(airings, Date.parse(renderedAt));
  return (
    <NextAiringIsland
      airings={airings}
      renderedAt={renderedAt}
      written={airing && writeAiring(airing)}
    />
  );
}
