import { LineIcon, SolidIcon } from '@/components/line-icon';

/** The dock's icons: decorative, the buttons carry the words. */
type IconProps = { className?: string };

const base = 'size-5 shrink-0';

export function PlayIcon({ className = '' }: IconProps) {
  return (
    <SolidIcon className={`${base} ${className}`}>
      <path d="M6 4.5v11a.5.5 0 0 0 .76.43l9-5.5a.5.5 0 0 0 0-.86l-9-5.5A.5.5 0 0 0 6 4.5Z" />
    </SolidIcon>
  );
}

export function StopIcon({ className = '' }: IconProps) {
  return (
    <SolidIcon className={`${base} ${className}`}>
      <rect x="5" y="5" width="10" height="10" rx="1.5" />
    </SolidIcon>
  );
}

/** Turns while connecting; still when the visitor prefers reduced motion. */
export function SpinnerIcon({ className = '' }: IconProps) {
  return (
    <LineIcon className={`${base} motion-safe:animate-spin ${className}`} strokeWidth={2.5}>
      <circle cx="10" cy="10" r="7" strokeOpacity="0.3" />
      <path d="M10 3a7 7 0 0 1 7 7" />
    </LineIcon>
  );
}

export function RetryIcon({ className = '' }: IconProps) {
  return (
    <LineIcon className={`${base} ${className}`}>
      <path d="M16 10a6 6 0 1 1-1.76-4.24" />
      <path d="M16 3.5v3.5h-3.5" />
    </LineIcon>
  );
}

export function SpeakerIcon({ muted, className = '' }: IconProps & { muted: boolean }) {
  return (
    <LineIcon className={`${base} ${className}`} strokeWidth={1.8}>
      <path d="M3.5 7.5h3l4-3.5v12l-4-3.5h-3z" fill="currentColor" />
      {muted ? (
        <path d="m13.5 7.5 5 5m0-5-5 5" />
      ) : (
        <path d="M13.5 7a4 4 0 0 1 0 6M15.5 5a7 7 0 0 1 0 10" />
      )}
    </LineIcon>
  );
}

/** A speech bubble, struck through when track changes are not announced. */
export function AnnounceIcon({ on, className = '' }: IconProps & { on: boolean }) {
  return (
    <LineIcon className={`${base} ${className}`} strokeWidth={1.8}>
      <path d="M4 4.5h12a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H9l-4 3v-3H4a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1z" />
      {on ? <path d="M6.5 8h7M6.5 10.5h4.5" /> : <path d="m3 3 14 14" />}
    </LineIcon>
  );
}

/** Signal bars, the two tall ones faint: a lighter stream for a weak signal. */
export function DataSaverIcon({ className = '' }: IconProps) {
  return (
    <LineIcon className={`${base} ${className}`} strokeWidth={2.2}>
      <path d="M4 16v-2M8 16v-5" />
      <path d="M12 16V8M16 16V4" strokeOpacity="0.4" />
    </LineIcon>
  );
}

export function PauseIcon({ className = '' }: IconProps) {
  return (
    <SolidIcon className={`${base} ${className}`}>
      <rect x="5" y="4.5" width="3.5" height="11" rx="1" />
      <rect x="11.5" y="4.5" width="3.5" height="11" rx="1" />
    </SolidIcon>
  );
}
