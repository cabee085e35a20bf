import { AnnounceIcon } from './player-icons';
import { useTrackAnnouncements } from './track-announcements';

/**
 * A toggle (its name stays the same, aria-pressed says whether it is on) for the screen-reader
 * announcement of each new track in the strip.
 */
export function AnnounceToggle({ disabled }: { disabled: boolean }) {
  const [on, setOn] = useTrackAnnouncements();
  return (
    <button
      type="button"
      aria-label="Announce track changes"
      aria-pressed={on}
      title={
        on ? 'Track changes are announced to screen readers' : 'Track changes are not announced'
      }
      disabled={disabled}
      onClick={() => setOn(!on)}
      className="grid size-11 shrink-0 place-items-center rounded-full text-white/85 hover:bg-white/10 focus-visible:outline-accent aria-pressed:text-accent"
    >
      <AnnounceIcon on={on} />
    </button>
  );
}
