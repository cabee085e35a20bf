import { ShareActions } from './share-actions.client';
import { shareLinks } from '@/lib/content/share-links';

/**
 * "Share this story": the device's share sheet and "Copy link" where the browser has them, and
 * plain links to the usual networks and email, which work without JavaScript and load nothing
 * of theirs here. Network links open a new tab, so the radio keeps playing.
 */
export function Share({ url, title }: { url: string; title: string }) {
  return (
    <section aria-labelledby="share-heading" className="mt-8" data-print="hide">
      <h2 id="share-heading" className="text-sm font-bold tracking-wide uppercase">
        Share this story
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        <ShareActions url={url} title={title} />
        {shareLinks({ url, title }).map(({ network, href }) => (
          <li key={network}>
            <a
              href={href}
              {...(href.startsWith('mailto:')
                ? {}
                : { target: '_blank', rel: 'noopener noreferrer' })}
              className="inline-flex min-h-11 items-center rounded-full border border-rule px-4 text-sm hover:border-brand"
            >
              {network}
              {href.startsWith('mailto:') ? null : (
                <span className="sr-only"> (opens in a new tab)</span>
              )}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
