'use client';

// Island part: an image that fails to load (a dead link from playout) gives way to the next.
import { useState } from 'react';

type Props = {
  /** Candidates, best first: the track's artwork, the show's image, the station's logo. */
  chain: (string | undefined)[];
  className: string;
};

/**
 * 40×40 artwork: the first candidate that loads. Decorative (alt=""): the words beside it say
 * what is playing. At low priority: never ahead of the page's text and lead image in the queue.
 */
export function Artwork({ chain, className }: Props) {
  const [failed, setFailed] = useState<string[]>([]);
  const src = chain.find(
    (candidate): candidate is string => !!candidate && !failed.includes(candidate),
  );
  if (!src) return <div aria-hidden="true" className={className} />;
  return (
    // Not next/image: track artwork comes from whatever host the playout software names.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      key={src}
      src={src}
      alt=""
      width={40}
      height={40}
      referrerPolicy="no-referrer"
      fetchPriority="low"
      onError={() => setFailed((list) => [...list, src])}
      className={`${className} object-cover`}
    />
  );
}
