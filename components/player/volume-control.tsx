import type { VolumeSettings } from '@/lib/player/stored-settings';
import { SpeakerIcon } from './player-icons';

type Props = {
  settings: VolumeSettings;
  onChange: (next: VolumeSettings) => void;
  /** Until the island has hydrated, a change would be lost. */
  disabled: boolean;
};

/**
 * Mute (a toggle: its name stays "Mute", aria-pressed says whether it is on) and a volume
 * slider. The slider is left out on narrow screens, where the phone's own buttons set the
 * volume (and iOS ignores a page's volume anyway).
 */
export function VolumeControl({ settings, onChange, disabled }: Props) {
  const percent = Math.round(settings.volume * 100);
  return (
    <div className="flex shrink-0 items-center gap-1">
      <button
        type="button"
        aria-label="Mute"
        aria-pressed={settings.muted}
        disabled={disabled}
        onClick={() => onChange({ ...settings, muted: !settings.muted })}
        className="grid size-11 place-items-center rounded-full hover:bg-white/10 focus-visible:outline-accent aria-pressed:text-accent"
      >
        <SpeakerIcon muted={settings.muted} />
      </button>
      <input
        type="range"
        aria-label="Volume"
        min={0}
        max={100}
        step={5}
        value={percent}
        aria-valuetext={`${percent}%`}
        disabled={disabled}
        onChange={(event) =>
          // Moving the slider means "I want to hear it": it unmutes.
          onChange({ volume: Number(event.currentTarget.value) / 100, muted: false })
        }
        className="hidden h-6 w-28 cursor-pointer accent-accent focus-visible:outline-accent sm:block"
      />
    </div>
  );
}
