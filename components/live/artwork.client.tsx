'use client';

import { useState } from 'react';

/**
 * 40×40 artwork: the track's, else the show's, else the station's; an image that fails to load
 * gives way to the next. Decorative (alt=""): the words beside it say what is playing.
 */
export function PlayerArtwork({ chain }: { chain: string[] }) {
  const [failed, setFailed] = useState<string[]>([]);
  const src = chain.find((candidate) => !failed.includes(candidate));
  const box = 'hidden size-10 shrink-0 rounded bg-white/10 sm:block';
  if (!src) return <div aria-hidden="true" className={box} />;
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
      className={`${box} object-cover`}
    />
  );
}
