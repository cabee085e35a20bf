import type { ReactNode } from 'react';

type Props = {
  children: ReactNode;
  /** Who said it, e.g. "Assistant Chief Constable Steph Parker". */
  by?: string;
  /** Their role or the occasion, printed after the name. */
  role?: string;
};

/** A quotation with its attribution, in the body of an article. */
export function Quote({ children, by, role }: Props) {
  return (
    <figure className="my-6 border-l-4 border-brand pl-4">
      <blockquote className="[&>p]:my-3">{children}</blockquote>
      {by ? (
        <figcaption className="not-prose text-sm font-semibold text-muted">
          — {by}
          {role ? <span className="font-normal">, {role}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
