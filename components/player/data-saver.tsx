'use client';

import { storedSwitch } from '@/lib/browser/stored-value';
import { useStoredValue } from '@/components/use-stored-value';
import type { QualityState } from '@/lib/player/quality';
import { DataSaverIcon } from './player-icons';

/**
 * "Always use data saver": the listener's choice to play the station's low-bitrate stream even
 * on a good connection (a small data plan), remembered across visits.
 */
const dataSaverChosen = storedSwitch('oldham-reporter-player:data-saver', false);

export const useDataSaverChoice = () => useStoredValue(dataSaverChosen);

type ToggleProps = { on: boolean; onChange: (on: boolean) => void };

/** A toggle: its name stays the same, aria-pressed says whether it is on. */
export function DataSaverToggle({ on, onChange }: ToggleProps) {
  return (
    <button
      type="button"
      aria-label="Always use data saver"
      aria-pressed={on}
      title={
        on
          ? 'Data saver is on: always the lower-quality stream'
          : 'Data saver is off: the full stream, unless the signal is weak'
      }
      onClick={() => onChange(!on)}
      className="grid size-11 shrink-0 place-items-center rounded-full text-white/85 hover:bg-white/10 focus-visible:outline-accent aria-pressed:text-accent"
    >
      <DataSaverIcon />
    </button>
  );
}

/**
 * Says, in a polite live region, when the player is on the low-bitrate stream: once as it
 * moves there (a screen reader hears it once, without losing its place), and for as long as it
 * stays, in the dock. Nothing while on the main stream.
 */
export function DataSaverNotice({
  quality,
  listening,
}: {
  quality: QualityState;
  listening: boolean;
}) {
  const low = listening && quality.stream === 'low';
  return (
    <p
      aria-live="polite"
      className={low ? 'line-clamp-2 text-xs text-white/85 sm:truncate' : 'sr-only'}
      data-testid="data-saver-notice"
    >
      {low ? 'Data saver: lower quality to keep playing' : ''}
    </p>
  );
}
