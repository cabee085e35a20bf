'use client';

// Island: the browser's own share sheet and the clipboard exist only in the browser, and only
// in some: each button shows where it works, after hydration.
import { useRef, useState } from 'react';
import { useBrowserCan } from '@/components/use-hydrated';

const canShare = () => typeof navigator !== 'undefined' && typeof navigator.share === 'function';
const canCopy = () =>
  typeof navigator !== 'undefined' && typeof navigator.clipboard?.writeText === 'function';

const buttonClass =
  'inline-flex min-h-11 items-center rounded-full border border-brand px-4 text-sm font-semibold text-brand hover:bg-brand hover:text-white';

/** "Share…" (the device's share sheet) and "Copy link", with a word when the link is copied. */
export function ShareActions({ url, title }: { url: string; title: string }) {
  const share = useBrowserCan(canShare);
  const copy = useBrowserCan(canCopy);
  const [copied, setCopied] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setCopied(false), 4_000);
    } catch {
      // Refused (no permission): the links beside still work.
    }
  };

  return (
    <>
      {share ? (
        <li>
          <button
            type="button"
            className={buttonClass}
            onClick={() => void navigator.share({ title, url }).catch(() => {})}
          >
            Share…
          </button>
        </li>
      ) : null}
      {copy ? (
        <li>
          <button type="button" className={buttonClass} onClick={() => void copyLink()}>
            {copied ? 'Link copied' : 'Copy link'}
          </button>
        </li>
      ) : null}
      {/* A list item holding the status: only list items may sit in the list. */}
      <li className="sr-only">
        <span role="status">{copied ? 'Link copied to the clipboard' : ''}</span>
      </li>
    </>
  );
}
