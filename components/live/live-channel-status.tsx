'use client';

import { useLiveChannelDown } from './live-channel';

/**
 * A quiet word in the strip while the live channel is down, so a reader knows the track, the
 * show's changes and alerts will not arrive until it is back. A polite live region that is always
 * there and changes only when the channel goes down or comes back: screen readers hear the outage
 * once, not every retry. Empty (and no height) while all is well.
 */
export function LiveChannelStatus() {
  const down = useLiveChannelDown();
  return (
    <p role="status" className="truncate text-xs text-white/75">
      {down ? 'Live updates paused, reconnecting…' : null}
    </p>
  );
}
