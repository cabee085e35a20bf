import { LineIcon } from '@/components/line-icon';

/** The "opens below" chevron of the phone menu and the live strip's toggle; rotate it when open. */
export function ChevronIcon({ className }: { className: string }) {
  return (
    <LineIcon className={className}>
      <path d="m5 8 5 5 5-5" />
    </LineIcon>
  );
}
