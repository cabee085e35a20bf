import Link from 'next/link';
import { sectionPath } from '@/lib/content/taxonomy';

/** The red section label over a story or a card, leading to the section's stories. */
export function SectionLink({ section, className = '' }: { section: string; className?: string }) {
  return (
    <p className={`font-semibold tracking-wide text-live uppercase ${className}`}>
      <Link
        href={sectionPath(section)}
        prefetch={false}
        className="inline-block py-1 hover:underline"
      >
        {section}
      </Link>
    </p>
  );
}
