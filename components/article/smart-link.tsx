import Link from 'next/link';
import type { ComponentProps } from 'react';

type Props = ComponentProps<'a'>;

/**
 * Links in article bodies: our own pages go through the router (the player keeps playing),
 * other sites are marked as external for every reader, not only sighted ones.
 */
export function SmartLink({ href = '', children, ...rest }: Props) {
  if (href.startsWith('/') || href.startsWith('#')) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} rel="noopener noreferrer" {...rest}>
      {children}
      <span aria-hidden="true"> ↗</span>
      <span className="sr-only"> (external site)</span>
    </a>
  );
}
